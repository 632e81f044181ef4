/**
 * @module Shapes as partners read them: a type expression with links (`list of LineItem`), member
 * tables with required flags, defaults and constraints, and the version's schemas page where
 * every named shape has its own anchor.
 */
import { shapeName, TRAIT_IDS } from '@platform/smithy';
import type { Member, SemanticModel, Shape, ShapeId } from '@platform/smithy';
import { html, type SafeHtml } from '../site/html.js';
import { dataTable, type Column } from '../site/table.js';
import { relativeHref } from '../site/paths.js';
import type { SitePath } from '../site/page.js';
import type { BoundMember } from './api.js';
import { constraints, deprecation, documentation } from './traits.js';

/** Renders model documentation (CommonMark) to HTML. */
export type DocRenderer = (markdown: string | undefined) => SafeHtml;

/** The schemas of one API version: which shapes it has and where each one's anchor is. */
export class SchemaCatalog {
  private readonly anchors = new Map<ShapeId, string>();

  constructor(
    readonly model: SemanticModel,
    /** Site path of the version's schemas page. */
    readonly page: SitePath,
    shapeIds: Iterable<ShapeId>,
  ) {
    const used = new Set<string>();
    for (const id of [...new Set(shapeIds)].sort()) {
      const shape = model.getShape(id);
      if (!shape || !isSchema(shape)) continue;
      let anchor = shapeName(id);
      if (used.has(anchor)) anchor = id.replace(/[#.]/g, '-');
      used.add(anchor);
      this.anchors.set(id, anchor);
    }
  }

  /** Shapes on the schemas page, by name. */
  shapes(): Shape[] {
    return [...this.anchors.keys()]
      .map((id) => this.model.expectShape(id))
      .sort((a, b) => shapeName(a.id).localeCompare(shapeName(b.id)));
  }

  anchor(id: ShapeId): string | undefined {
    return this.anchors.get(id);
  }

  /** Link target of a shape's schema entry, or `undefined` when it has none. */
  href(id: ShapeId): string | undefined {
    const anchor = this.anchors.get(id);
    return anchor === undefined ? undefined : `${this.page}#${anchor}`;
  }
}

const PRELUDE_NAMES: Readonly<Record<string, string>> = {
  String: 'string',
  Boolean: 'boolean',
  PrimitiveBoolean: 'boolean',
  Integer: 'integer',
  PrimitiveInteger: 'integer',
  Long: 'long',
  PrimitiveLong: 'long',
  Short: 'short',
  Byte: 'byte',
  Float: 'float',
  Double: 'double',
  BigInteger: 'big integer',
  BigDecimal: 'big decimal',
  Timestamp: 'timestamp',
  Blob: 'blob',
  Document: 'document',
  Unit: 'nothing',
};

/** Shapes that get an entry on the schemas page (operation inputs and outputs do not). */
export function isSchema(shape: Shape): boolean {
  if (shape.type === 'service' || shape.type === 'operation' || shape.type === 'resource') {
    return false;
  }
  return !(TRAIT_IDS.input in shape.traits) && !(TRAIT_IDS.output in shape.traits);
}

function kindLabel(shape: Shape): string {
  switch (shape.type) {
    case 'structure':
      return TRAIT_IDS.error in shape.traits ? 'error' : 'object';
    case 'union':
      return 'one of';
    case 'enum':
    case 'intEnum':
      return 'enum';
    case 'list':
    case 'set':
      return 'list';
    case 'map':
      return 'map';
    default:
      return PRELUDE_NAMES[shape.type.charAt(0).toUpperCase() + shape.type.slice(1)] ?? shape.type;
  }
}

function isSimple(shape: Shape): boolean {
  return !['structure', 'union', 'list', 'set', 'map', 'enum', 'intEnum'].includes(shape.type);
}

/** A type expression for `id`, linked to the schemas page from the page at `from`. */
export function typeRef(catalog: SchemaCatalog, id: ShapeId, from: SitePath): SafeHtml {
  const model = catalog.model;
  if (model.isPrelude(id))
    return html`<code>${PRELUDE_NAMES[shapeName(id)] ?? shapeName(id)}</code>`;
  const shape = model.expectShape(id);
  const href = catalog.href(id);
  const named = href
    ? html`<a href="${relativeHref(from, href)}"><code>${shapeName(id)}</code></a>`
    : html`<code>${shapeName(id)}</code>`;
  switch (shape.type) {
    case 'list':
    case 'set':
      return html`list of ${typeRef(catalog, shape.member.target, from)}`;
    case 'map':
      return html`map of ${typeRef(catalog, shape.key.target, from)} to
      ${typeRef(catalog, shape.value.target, from)}`;
    case 'structure':
    case 'union':
      return named;
    default:
      return html`${named} <span class="type-hint">(${kindLabel(shape)})</span>`;
  }
}

function defaultValue(member: Member): string | undefined {
  const value = member.traits[TRAIT_IDS.default];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) {
    return undefined;
  }
  if (Array.isArray(value) && value.length === 0) return undefined;
  return JSON.stringify(value);
}

function memberNotes(catalog: SchemaCatalog, bound: BoundMember): SafeHtml {
  const { member } = bound;
  const target = catalog.model.getShape(member.target);
  const simpleTarget =
    target !== undefined && !catalog.model.isPrelude(target.id) && isSimple(target);
  const phrases = [
    ...new Set([
      ...constraints(member.traits),
      ...(simpleTarget ? constraints(target.traits) : []),
    ]),
  ];
  const def = defaultValue(member);
  const deprecated = deprecation(member.traits);
  return html`${def !== undefined ? html`<span class="tag">default ${def}</span>` : ''}${
    bound.idempotencyToken ? html`<span class="tag">idempotency token</span>` : ''
  }${TRAIT_IDS.sensitive in member.traits ? html`<span class="tag">sensitive</span>` : ''}${
    deprecated ? html`<span class="tag tag-breaking">deprecated</span>` : ''
  }${phrases.map((p) => html`<span class="tag">${p}</span>`)}`;
}

export interface MemberTableOptions {
  /** Show where each member travels (path, query, header, body). */
  readonly bindings?: boolean;
  readonly caption?: string;
}

/** A table of members: name (wire name when it differs), type, required flag and description. */
export function memberTable(
  catalog: SchemaCatalog,
  members: readonly BoundMember[],
  from: SitePath,
  doc: DocRenderer,
  options: MemberTableOptions = {},
): SafeHtml {
  if (members.length === 0) return html`<p>None.</p>`;
  const name: Column<BoundMember> = {
    heading: 'Name',
    cell: (m) =>
      html`<code
          >${m.binding === 'body' || m.binding === 'payload' ? m.wireName : m.member.name}</code
        >${m.required ? html` <span class="tag tag-required">required</span>` : ''}`,
  };
  const place: Column<BoundMember> = {
    heading: 'In',
    cell: (m) =>
      html`${m.binding}${
        m.binding !== 'body' && m.binding !== 'payload' && m.wireName !== m.member.name
          ? html` <code>${m.wireName}</code>`
          : ''
      }`,
  };
  return dataTable(
    members,
    [
      name,
      ...(options.bindings ? [place] : []),
      { heading: 'Type', cell: (m) => typeRef(catalog, m.member.target, from) },
      {
        heading: 'Description',
        cell: (m) => html`${doc(documentation(m.member.traits))}${memberNotes(catalog, m)}`,
      },
    ],
    options.caption ? { caption: options.caption } : {},
  );
}

/** Members of a structure or union as body members (for the schemas page and events). */
export function structureMembers(shape: Shape): BoundMember[] {
  if (shape.type !== 'structure' && shape.type !== 'union') return [];
  return [...shape.members.values()].map((member) => {
    const json = member.traits[TRAIT_IDS.jsonName];
    return {
      member,
      binding: 'body' as const,
      wireName: typeof json === 'string' ? json : member.name,
      required: TRAIT_IDS.required in member.traits,
      idempotencyToken: TRAIT_IDS.idempotencyToken in member.traits,
    };
  });
}

function enumTable(shape: Shape, doc: DocRenderer): SafeHtml {
  if (shape.type !== 'enum' && shape.type !== 'intEnum') return html``;
  return dataTable(shape.members.values(), [
    {
      heading: 'Value',
      cell: (m) => {
        const value = m.traits[TRAIT_IDS.enumValue];
        const shown =
          typeof value === 'string' || typeof value === 'number' ? JSON.stringify(value) : m.name;
        return html`<code>${shown}</code>`;
      },
    },
    { heading: 'Description', cell: (m) => doc(documentation(m.traits)) },
  ]);
}

/** One schema entry: heading with anchor, documentation, and its members or values. */
export function schemaSection(
  catalog: SchemaCatalog,
  shape: Shape,
  doc: DocRenderer,
  headingLevel: 2 | 3 = 2,
): SafeHtml {
  const anchor = catalog.anchor(shape.id) ?? shapeName(shape.id);
  const from = catalog.page;
  const heading = html`<code>${shapeName(shape.id)}</code>
    <span class="type-hint">${kindLabel(shape)}</span
    ><a class="anchor" href="#${anchor}" aria-label="Link to ${shapeName(shape.id)}">#</a>`;
  const body =
    shape.type === 'structure' || shape.type === 'union'
      ? memberTable(catalog, structureMembers(shape), from, doc)
      : shape.type === 'enum' || shape.type === 'intEnum'
        ? enumTable(shape, doc)
        : shape.type === 'list' || shape.type === 'set' || shape.type === 'map'
          ? html`<p>${typeRef(catalog, shape.id, from)}</p>`
          : html``;
  const notes = constraints(shape.traits);
  return html`<section class="schema" aria-labelledby="${anchor}">
    ${headingLevel === 2 ? html`<h2 id="${anchor}">${heading}</h2>` : html`<h3 id="${anchor}">${heading}</h3>`}
    ${doc(documentation(shape.traits))}
    ${notes.length > 0 ? html`<p>${notes.map((n) => html`<span class="tag">${n}</span>`)}</p>` : ''}
    ${body}
  </section>`;
}
