/**
 * @module What a value breaks, as data. The checker decides *whether* a value fits the model; each
 * consumer words the finding for its own readers (Smithy-style validation events, field errors
 * a partner reads in a 400), so the decision is made once and the messages stay where they are
 * read.
 */
import type { BigNumberValue } from '../model/shapes.js';

/** A `min` or `max` of `@length` or `@range`, as the model wrote it. */
export type Bound = number | BigNumberValue;

/** What `@length` counts for a value: string characters (code points), blob bytes, ... */
export type LengthUnit = 'characters' | 'bytes' | 'elements' | 'entries';

export type ConstraintViolation =
  /** A `@required` member without a value. */
  | { readonly kind: 'required' }
  /** A fraction where the shape holds whole numbers. */
  | { readonly kind: 'notInteger' }
  /** A whole number outside what its type holds (`byte`, `short`, `integer`, `long`). */
  | {
      readonly kind: 'integerOverflow';
      readonly broken: 'min' | 'max';
      readonly min: bigint;
      readonly max: bigint;
    }
  /** A value that is none of the enum's values. */
  | { readonly kind: 'enum'; readonly allowed: readonly (string | number)[] }
  | {
      readonly kind: 'length';
      readonly unit: LengthUnit;
      readonly broken: 'min' | 'max';
      readonly min?: Bound;
      readonly max?: Bound;
      readonly actual: number;
    }
  | {
      readonly kind: 'range';
      readonly broken: 'min' | 'max';
      readonly min?: Bound;
      readonly max?: Bound;
    }
  | { readonly kind: 'pattern'; readonly pattern: string }
  /** Items that occur more than once, as their JSON text. */
  | { readonly kind: 'uniqueItems'; readonly duplicates: readonly string[] };
