/**
 * @module The changelog: for each API version, what changed from the one before, computed from
 * the model with the same diff the breaking-change gate uses. Breaking changes come first.
 */
import type { SemanticModel } from '@platform/smithy';
import { diffServices } from '@platform/model-diff';
import type { ModelChange } from '@platform/model-diff';
import { html, type SafeHtml } from '../site/html.js';
import { dataTable } from '../site/table.js';
import { formatDate } from '../site/layout.js';
import type { MarkdownRenderer } from '../site/markdown.js';
import type { Page, TocEntry } from '../site/page.js';
import { relativeHref } from '../site/paths.js';
import type { ApiVersion } from './api.js';
import { guidePath, referencePaths } from './paths.js';

export interface VersionChanges {
  readonly from: ApiVersion;
  readonly to: ApiVersion;
  /** Per service name present in either version. */
  readonly services: readonly { readonly name: string; readonly changes: readonly ModelChange[] }[];
}

/** The changes between each pair of consecutive versions, newest pair first. */
export function versionChanges(model: SemanticModel, api: readonly ApiVersion[]): VersionChanges[] {
  const out: VersionChanges[] = [];
  for (let i = 1; i < api.length; i++) {
    const from = api[i - 1];
    const to = api[i];
    if (!from || !to) continue;
    const services = to.services.map((service) => {
      const old = from.services.find((s) => s.name === service.name);
      const changes: ModelChange[] = old
        ? diffServices({ model, service: old.shape.id }, { model, service: service.shape.id })
        : [
            {
              severity: 'additive',
              code: 'OperationAdded',
              subject: service.name,
              message: `new service \`${service.name}\``,
            },
          ];
      return { name: service.name, changes };
    });
    for (const old of from.services) {
      if (!to.services.some((s) => s.name === old.name)) {
        services.push({
          name: old.name,
          changes: [
            {
              severity: 'breaking',
              code: 'OperationRemoved',
              subject: old.name,
              message: `service \`${old.name}\` removed`,
            },
          ],
        });
      }
    }
    out.unshift({ from, to, services });
  }
  return out;
}

function changeTable(changes: readonly ModelChange[], markdown: MarkdownRenderer): SafeHtml {
  return dataTable(
    changes,
    [
      { heading: 'Where', cell: (c) => html`<code>${c.subject}</code>` },
      { heading: 'Change', cell: (c) => markdown.fragment(c.message) },
      {
        heading: 'Kind',
        cell: (c) =>
          html`<span class="tag tag-${c.severity}">${c.severity}</span> <code>${c.code}</code>`,
      },
    ],
    { className: 'changes' },
  );
}

/** What to change in partner code for each change that says (renames), as a list. */
function migrationNotes(
  changes: readonly ModelChange[],
  markdown: MarkdownRenderer,
  id: string,
): SafeHtml {
  const notes = changes.filter((c) => c.migration !== undefined);
  if (notes.length === 0) return html``;
  return html`<h4 id="${id}">Migration notes</h4>
    <ul class="migration-notes">
      ${notes.map(
        (c) =>
          html`<li>
            ${markdown.fragment(`\`${c.subject}\`: ${c.message}. ${c.migration ?? ''}`)}
          </li>`,
      )}
    </ul>`;
}

/** One dated event of a version's life, from the model's `@lifecycle` trait. */
interface DatedEntry {
  /** RFC 3339. */
  readonly at: string;
  readonly text: string;
  /** Where the entry is explained, a site path with an optional `#anchor`. */
  readonly href: string;
}

/** Every release, deprecation and retirement the model dates, newest first. */
export function datedEntries(api: readonly ApiVersion[]): DatedEntry[] {
  const entries = api.flatMap((v) => {
    const life = v.lifecycle;
    if (!life) return [];
    const previous = api[api.indexOf(v) - 1];
    const policy = guidePath('versioning');
    return [
      {
        at: life.releasedAt,
        text: `API ${v.name} released`,
        href: previous
          ? `${referencePaths.changelog}#${previous.name}-to-${v.name}`
          : referencePaths.versionIndex(v.name),
      },
      ...(life.deprecatedAt
        ? [{ at: life.deprecatedAt, text: `API ${v.name} deprecated`, href: policy }]
        : []),
      ...(life.sunsetAt
        ? [
            {
              at: life.sunsetAt,
              text: `API ${v.name} retired: every call answers 410`,
              href: policy,
            },
          ]
        : []),
    ];
  });
  return entries.sort((a, b) => b.at.localeCompare(a.at) || a.text.localeCompare(b.text));
}

export function changelogPage(
  all: readonly VersionChanges[],
  markdown: MarkdownRenderer,
  api: readonly ApiVersion[],
): Page {
  const path = referencePaths.changelog;
  const toc: TocEntry[] = [{ id: 'timeline', text: 'Timeline' }];
  const sections = all.map(({ from, to, services }) => {
    const id = `${from.name}-to-${to.name}`;
    toc.push({ id, text: `${from.name} → ${to.name}` });
    const changes = services.flatMap((s) => s.changes);
    const breaking = changes.filter((c) => c.severity === 'breaking').length;
    const released = to.lifecycle?.releasedAt;
    return html`<h2 id="${id}">
        API ${to.name}, from ${from.name}<a
          class="anchor"
          href="#${id}"
          aria-label="Link to ${from.name} to ${to.name}"
          >#</a
        >
      </h2>
      <p>
        ${released ? html`Released <time datetime="${released}">${formatDate(released)}</time>. ` : ''}
        ${breaking} breaking and ${changes.length - breaking} additive
        change(s)${
          changes.some((c) => c.migration)
            ? html`, with <a href="#${id}-migration">migration notes</a> for renames`
            : ''
        }.
        Breaking changes are why
        <a href="${relativeHref(path, referencePaths.versionIndex(to.name))}">${to.name}</a> is a
        new major version; ${from.name} stays available as the
        <a href="${relativeHref(path, guidePath('versioning'))}">deprecation policy</a> says.
      </p>
      ${services.map(
        (s) =>
          html`<h3 id="${id}-${s.name.toLowerCase()}">${s.name}</h3>
            ${s.changes.length > 0 ? changeTable(s.changes, markdown) : html`<p>No changes.</p>`}`,
      )}
      ${migrationNotes(changes, markdown, `${id}-migration`)}`;
  });
  return {
    path,
    title: 'Changelog',
    description:
      'What changed between API versions, breaking changes first, computed from the model.',
    section: 'changelog',
    body: html`<h1>Changelog</h1>
      <p>
        Computed from the API model: every difference between consecutive major versions, per
        service. <strong>Breaking</strong> changes can make a working integration fail (something
        removed, renamed, retyped, newly required or moved); <strong>additive</strong> ones only
        add. Dates come from the model's lifecycle of each version.
      </p>
      <h2 id="timeline">Timeline</h2>
      <ul class="timeline">
        ${datedEntries(api).map(
          (e) =>
            html`<li>
              <time datetime="${e.at}">${formatDate(e.at)}</time>:
              <a href="${relativeHref(path, e.href)}">${e.text}</a>
            </li>`,
        )}
      </ul>
      ${sections}`,
    toc,
    search: [
      {
        href: path,
        title: 'Changelog',
        kind: 'changes between versions',
        text: [
          'breaking additive migration timeline released deprecated retired',
          ...all.flatMap((v) => v.services.flatMap((sv) => sv.changes.map((c) => c.message))),
        ].join(' '),
      },
    ],
  };
}
