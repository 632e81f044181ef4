/**
 * @module Writes a parsed Java pattern as ECMAScript source for the `u` flag and no other flag, so
 * the same text serves `new RegExp(source, 'u')` and a JSON Schema `pattern` (which carries no
 * flags). Sets that a class cannot spell (intersections, negated unions) become look-aheads over
 * one code point; an atomic group becomes `(?=(X))\N`, the capture-and-reuse idiom that stops
 * backtracking into `X`.
 */
import type { ParsedPattern } from './java-parser.js';
import type { CharSet, RegexNode, SetPart } from './java-syntax.js';

const SYNTAX = new Set([...'^$\\.*+?()[]{}|'].map((c) => c.codePointAt(0)));
const NAMED: Readonly<Record<number, string>> = {
  0x09: '\\t',
  0x0a: '\\n',
  0x0c: '\\f',
  0x0d: '\\r',
};

function hex(n: number, width: number): string {
  return n.toString(16).toUpperCase().padStart(width, '0');
}

/** A code point as ECMAScript source: printable ASCII as is, the rest as an escape. */
function codePointText(cp: number): string {
  const named = NAMED[cp];
  if (named) return named;
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0xff)) return `\\x${hex(cp, 2)}`;
  if (cp < 0x7f) return String.fromCodePoint(cp);
  return cp <= 0xffff ? `\\u${hex(cp, 4)}` : `\\u{${hex(cp, 1)}}`;
}

function literalText(cp: number): string {
  return SYNTAX.has(cp) ? `\\${String.fromCodePoint(cp)}` : codePointText(cp);
}

function classCharText(cp: number, first: boolean, last: boolean, inRange: boolean): string {
  const c = String.fromCodePoint(cp);
  if (c === '\\' || c === ']' || c === '[') return `\\${c}`;
  if (c === '^' && first) return '\\^';
  if (c === '-' && (inRange || !(first || last))) return '\\-';
  return codePointText(cp);
}

type Flat = Exclude<SetPart, CharSet>;

/** The members of a union that a class can hold, and the sets it cannot. */
function splitUnion(set: CharSet & { kind: 'union' }): { flat: Flat[]; other: CharSet[] } {
  const flat: Flat[] = [];
  const other: CharSet[] = [];
  for (const part of set.parts) {
    if (part.kind === 'range' || part.kind === 'escape') flat.push(part);
    else if (part.kind === 'union') {
      const inner = splitUnion(part);
      flat.push(...inner.flat);
      other.push(...inner.other);
    } else other.push(part);
  }
  return { flat, other };
}

function classBody(parts: readonly Flat[]): string {
  return parts
    .map((part, k) => {
      if (part.kind === 'escape') return part.text;
      const first = k === 0;
      const last = k === parts.length - 1;
      return part.from === part.to
        ? classCharText(part.from, first, last, false)
        : `${classCharText(part.from, first, false, true)}-${classCharText(part.to, false, last, true)}`;
    })
    .join('');
}

const samePart = (a: Flat, b: Flat): boolean =>
  a.kind === 'range'
    ? b.kind === 'range' && a.from === b.from && a.to === b.to
    : b.kind === 'escape' && a.text === b.text;

/** True when `set` is the complement of some of `flat` (so their union is every code point). */
function complementsWithin(set: CharSet, flat: readonly Flat[]): boolean {
  if (set.kind !== 'not' || set.inner.kind !== 'union') return false;
  const inner = splitUnion(set.inner);
  return (
    inner.other.length === 0 && inner.flat.every((part) => flat.some((f) => samePart(f, part)))
  );
}

/** One code point from `set`, as one ECMAScript atom. */
export function emitSet(set: CharSet): string {
  switch (set.kind) {
    case 'union': {
      const { flat, other } = splitUnion(set);
      if (other.some((o) => complementsWithin(o, flat))) return '[\\s\\S]';
      const single = flat.length === 1 && !set.bracketed ? flat[0] : undefined;
      const flatText =
        flat.length === 0
          ? undefined
          : single?.kind === 'escape'
            ? single.text
            : single?.kind === 'range' && single.from === single.to
              ? literalText(single.from)
              : `[${classBody(flat)}]`;
      const options = [...(flatText === undefined ? [] : [flatText]), ...other.map(emitSet)];
      if (options.length === 0) return '[]';
      return options.length === 1 ? (options[0] ?? '[]') : `(?:${options.join('|')})`;
    }
    case 'not': {
      const inner = set.inner;
      if (inner.kind === 'not') return emitSet(inner.inner);
      if (inner.kind === 'union') {
        const { flat, other } = splitUnion(inner);
        if (other.length === 0) return `[^${classBody(flat)}]`;
      }
      return `(?:(?!${emitSet(inner)})[\\s\\S])`;
    }
    case 'and':
      return `(?:(?=${emitSet(set.right)})${emitSet(set.left)})`;
  }
}

/** ECMAScript group numbers: Java's capturing groups and one per atomic group, in `(` order. */
function numberGroups(root: RegexNode): {
  java: Map<number, number>;
  atomic: Map<RegexNode, number>;
} {
  const java = new Map<number, number>();
  const atomic = new Map<RegexNode, number>();
  let next = 0;
  const walk = (node: RegexNode): void => {
    switch (node.kind) {
      case 'seq':
        node.items.forEach(walk);
        return;
      case 'alt':
        node.options.forEach(walk);
        return;
      case 'group':
        if (node.type === 'capture' && node.index !== undefined) java.set(node.index, ++next);
        if (node.type === 'atomic') atomic.set(node, ++next);
        walk(node.body);
        return;
      case 'repeat':
        walk(node.body);
        return;
      default:
        return;
    }
  };
  walk(root);
  return { java, atomic };
}

const OPENERS = {
  capture: '(',
  plain: '(?:',
  ahead: '(?=',
  notAhead: '(?!',
  behind: '(?<=',
  notBehind: '(?<!',
} as const;

export function emitEcmaScript(parsed: ParsedPattern): string {
  const groups = numberGroups(parsed.root);

  /** True when `node`'s text is one atom a quantifier may follow in `u` mode. */
  const isAtom = (node: RegexNode): boolean =>
    node.kind === 'char' ||
    node.kind === 'backref' ||
    (node.kind === 'raw' && node.atom) ||
    (node.kind === 'group' && (node.type === 'capture' || node.type === 'plain'));

  /** Ends in a numbered back reference, which a following digit would lengthen. */
  const endsInReference = (node: RegexNode): boolean =>
    node.kind === 'backref' || (node.kind === 'group' && node.type === 'atomic');

  const emit = (node: RegexNode): string => {
    switch (node.kind) {
      case 'seq': {
        let out = '';
        node.items.forEach((item, k) => {
          const text = emit(item);
          const next = node.items[k + 1];
          const digitFollows = next !== undefined && /^\d/.test(emit(next));
          out += digitFollows && endsInReference(item) ? `(?:${text})` : text;
        });
        return out;
      }
      case 'alt':
        return node.options.map(emit).join('|');
      case 'char':
        return emitSet(node.set);
      case 'raw':
        return node.text;
      case 'backref': {
        // Java never matches a reference to a group that does not exist.
        const number = groups.java.get(node.group);
        return number === undefined ? '[]' : `\\${number}`;
      }
      case 'group': {
        const body = emit(node.body);
        if (node.type === 'atomic') return `(?=(${body}))\\${groups.atomic.get(node) ?? 0}`;
        if (node.type === 'capture' && node.name !== undefined) return `(?<${node.name}>${body})`;
        return `${OPENERS[node.type]}${body})`;
      }
      case 'repeat': {
        const body = emit(node.body);
        const atom = isAtom(node.body) ? body : `(?:${body})`;
        const { min, max } = node;
        const quantifier =
          min === 0 && max === 1
            ? '?'
            : min === 0 && max === undefined
              ? '*'
              : min === 1 && max === undefined
                ? '+'
                : max === min
                  ? `{${min}}`
                  : `{${min},${max ?? ''}}`;
        return `${atom}${quantifier}${node.lazy ? '?' : ''}`;
      }
    }
  };
  return emit(parsed.root);
}
