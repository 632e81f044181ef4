/**
 * @module `EmitEachSelector`'s `messageTemplate`: literal text with `@{path}` scoped attributes
 * expanded per matched shape (`@{id}`, `@{id|name}`, `@{trait|documentation}`, ...) and `@@` for
 * a literal `@`. Attribute values print as Smithy prints them: shape ids bare, trait values as
 * compact JSON, absent values as nothing.
 */
import type { Subject } from '../event.js';
import { isMember } from '../../model/members.js';
import type { NodeValue } from '../../model/shapes.js';
import { BigNumberValue } from '../../model/shapes.js';
import { ValidatorConfigError } from './config.js';

type Part = string | readonly string[];

/** A parsed template; `expand` renders it for one shape. */
export interface MessageTemplate {
  readonly text: string;
  expand(subject: Subject): string;
}

export function parseMessageTemplate(text: string): MessageTemplate {
  const parts: Part[] = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c !== '@') {
      literal += c;
      i++;
    } else if (text[i + 1] === '@') {
      literal += '@';
      i += 2;
    } else {
      if (text[i + 1] !== '{') throw syntax(text, i + 1, "Expected: '{'");
      const end = text.indexOf('}', i + 2);
      if (end === -1) throw syntax(text, text.length, "Expected: '}'");
      const path = text
        .slice(i + 2, end)
        .split('|')
        .map((s) => s.trim());
      checkPath(text, i, path);
      if (literal) parts.push(literal);
      literal = '';
      parts.push(path);
      i = end + 1;
    }
  }
  if (literal) parts.push(literal);
  return {
    text,
    expand: (subject) =>
      parts.map((p) => (typeof p === 'string' ? p : attributeText(subject, p))).join(''),
  };
}

function checkPath(text: string, at: number, path: readonly string[]): void {
  const [head, second] = path;
  const supported =
    (head === 'id' && (second === undefined || ['name', 'namespace', 'member'].includes(second))) ||
    (head === 'trait' && second !== undefined && second !== '') ||
    (head === 'service' && second === 'version' && path.length === 2) ||
    head === 'var';
  if (!supported) {
    throw syntax(
      text,
      at,
      `Unsupported scoped attribute \`@{${path.join('|')}}\`; use @{id}, @{id|name}, ` +
        '@{id|namespace}, @{id|member}, @{trait|<trait>|...} or @{service|version}',
    );
  }
}

function syntax(text: string, column: number, problem: string): ValidatorConfigError {
  return new ValidatorConfigError(
    `Syntax error at line 1 column ${column + 1} of EmitEachSelector message template: ${problem}`,
    'Write attributes as `@{id}` or `@{trait|documentation}`, and a literal `@` as `@@`.',
  );
}

/** The message form of attribute `path` of `subject` (empty when absent). */
function attributeText(subject: Subject, path: readonly string[]): string {
  const [head, ...rest] = path;
  if (head === 'id') {
    const [ns = '', nameAndMember = ''] = subject.id.split('#');
    const [name = '', member = ''] = nameAndMember.split('$');
    const part = rest[0];
    return part === undefined
      ? subject.id
      : part === 'namespace'
        ? ns
        : part === 'name'
          ? name
          : member;
  }
  if (head === 'service') {
    return !isMember(subject) && subject.type === 'service' ? (subject.version ?? '') : '';
  }
  if (head === 'trait') {
    const [traitName = '', ...nodePath] = rest;
    const id = traitName.includes('#') ? traitName : `smithy.api#${traitName}`;
    let value: NodeValue | undefined = subject.traits[id];
    for (const key of nodePath) {
      value =
        value !== null && typeof value === 'object' && !Array.isArray(value)
          ? (value as Record<string, NodeValue>)[key]
          : undefined;
    }
    return value === undefined ? '' : JSON.stringify(value, bigNumbers);
  }
  // Selector variables are not supported, so a `var` attribute is always unset.
  return '';
}

function bigNumbers(_key: string, value: unknown): unknown {
  return value instanceof BigNumberValue ? Number(value.text) : value;
}
