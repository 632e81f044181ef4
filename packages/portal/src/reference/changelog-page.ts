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

export function changelogPage(all: readonly VersionChanges[], markdown: MarkdownRenderer): Page {
  const path = referencePaths.changelog;
  const toc: TocEntry[] = [];
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
        ${breaking} breaking and ${changes.length - breaking} additive change(s). Breaking changes
        are why
        <a href="${relativeHref(path, referencePaths.versionIndex(to.name))}">${to.name}</a> is a
        new major version; ${from.name} stays available as the
        <a href="${relativeHref(path, guidePath('versioning'))}">deprecation policy</a> says.
      </p>
      ${services.map(
        (s) =>
          html`<h3 id="${id}-${s.name.toLowerCase()}">${s.name}</h3>
            ${s.changes.length > 0 ? changeTable(s.changes, markdown) : html`<p>No changes.</p>`}`,
      )}`;
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
        add.
      </p>
      ${sections}`,
    toc,
    search: [
      {
        href: path,
        title: 'Changelog',
        kind: 'changes between versions',
        text: 'breaking additive migration',
      },
    ],
  };
}
