/**
 * @module The parsed form of a `java.util.regex` pattern, as the translator to ECMAScript reads it:
 * Java's meaning already resolved (flags applied, predefined classes expanded into code point
 * sets), so emitting ECMAScript is a walk over this tree with no Java knowledge left in it.
 */

/** A set of code points that one character of input must fall in (a Java character class). */
export type CharSet =
  | {
      readonly kind: 'union';
      readonly parts: readonly SetPart[];
      /** Written as a class (`[.]`), so kept one rather than shortened to a literal. */
      readonly bracketed?: boolean;
    }
  | { readonly kind: 'and'; readonly left: CharSet; readonly right: CharSet }
  | { readonly kind: 'not'; readonly inner: CharSet };

/**
 * One member of a union: a code point range (`from === to` for a single character), an
 * ECMAScript class escape that means exactly what Java meant (`\d`, `\p{Lu}`), or a nested set.
 */
export type SetPart =
  | { readonly kind: 'range'; readonly from: number; readonly to: number }
  | { readonly kind: 'escape'; readonly text: string }
  | CharSet;

export type GroupKind =
  | 'capture'
  | 'plain'
  | 'ahead'
  | 'notAhead'
  | 'behind'
  | 'notBehind'
  /** `(?>X)`, and the body of a possessive quantifier. */
  | 'atomic';

export type RegexNode =
  | { readonly kind: 'seq'; readonly items: readonly RegexNode[] }
  | { readonly kind: 'alt'; readonly options: readonly RegexNode[] }
  /** Exactly one character from `set`. */
  | { readonly kind: 'char'; readonly set: CharSet }
  /** ECMAScript text with no capturing groups: an anchor (`atom: false`) or a group/atom. */
  | { readonly kind: 'raw'; readonly text: string; readonly atom: boolean }
  | {
      readonly kind: 'group';
      readonly type: GroupKind;
      /** Java's group name, for `(?<name>...)`. */
      readonly name?: string;
      /** Java's number of a capturing group (1-based, in order of `(`). */
      readonly index?: number;
      readonly body: RegexNode;
    }
  | {
      readonly kind: 'repeat';
      readonly body: RegexNode;
      readonly min: number;
      /** `undefined` for no upper bound. */
      readonly max: number | undefined;
      readonly lazy: boolean;
    }
  /** A back reference to Java's group number `group` (1-based, in order of `(`). */
  | { readonly kind: 'backref'; readonly group: number };

/** Why a pattern has no ECMAScript equivalent (or is not valid Java), and where. */
export interface JavaPatternProblem {
  /** UTF-16 offset in the pattern where the construct starts. */
  readonly offset: number;
  /** The construct, as written or named: `\X`, `(?u)`, `\p{InGreek}`. */
  readonly construct: string;
  readonly message: string;
  readonly hint: string;
}

export class JavaPatternSyntaxError extends Error {
  constructor(readonly problem: JavaPatternProblem) {
    super(problem.message);
    this.name = 'JavaPatternSyntaxError';
  }
}

export const union = (...parts: SetPart[]): CharSet => ({ kind: 'union', parts });
export const range = (from: number, to: number = from): SetPart => ({ kind: 'range', from, to });
export const escape = (text: string): SetPart => ({ kind: 'escape', text });
export const not = (inner: CharSet): CharSet => ({ kind: 'not', inner });
export const and = (left: CharSet, right: CharSet): CharSet => ({ kind: 'and', left, right });
