/**
 * @module What a model-defined validator is made of: the `configuration` object of a
 * `metadata validators` entry, read with typed accessors that throw a `ValidatorConfigError`
 * (what is wrong, how to fix it) instead of guessing, as Smithy's validator factories refuse a
 * configuration they cannot map.
 */
import { asList, asObject, asString } from '../../model/node.js';
import type { NodeObject } from '../../model/node.js';
import type { NodeValue, SemanticModel, ValidationEvent } from '../../model/shapes.js';
import type { Selector } from '../selector/parse.js';
import { parseSelector, SelectorError } from '../selector/parse.js';

/** A validator created from a definition: reads the model, returns what it found. */
export type ModelValidator = (model: SemanticModel) => ValidationEvent[];

/** Creates a validator from its `configuration`; throws `ValidatorConfigError` when it is bad. */
export type ValidatorFactory = (configuration: NodeObject) => ModelValidator;

/** A validator's configuration cannot be used. */
export class ValidatorConfigError extends Error {
  override readonly name = 'ValidatorConfigError';
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

/** Typed, checked access to one validator's `configuration` object. */
export class ValidatorConfig {
  constructor(
    private readonly node: NodeObject,
    /** The properties the validator understands; any other is an error, as in Smithy. */
    allowed: readonly string[],
  ) {
    checkProperties(node, allowed);
  }

  string(key: string): string | undefined {
    const value = this.node[key];
    if (value === undefined) return undefined;
    const text = asString(value);
    if (text === undefined) throw wrongType(key, 'a string', value);
    return text;
  }

  requiredString(key: string): string {
    const value = this.string(key);
    if (value === undefined) {
      throw new ValidatorConfigError(
        `${key} is required`,
        `Add \`configuration: { ${key}: "..." }\` to the validator.`,
      );
    }
    return value;
  }

  boolean(key: string): boolean | undefined {
    const value = this.node[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean') throw wrongType(key, 'a boolean', value);
    return value;
  }

  stringList(key: string): readonly string[] | undefined {
    const value = this.node[key];
    if (value === undefined) return undefined;
    const list = asList(value);
    if (!list?.every((v) => typeof v === 'string'))
      throw wrongType(key, 'a list of strings', value);
    return list as readonly string[];
  }

  objectList(key: string): readonly NodeObject[] | undefined {
    const value = this.node[key];
    if (value === undefined) return undefined;
    const list = asList(value)?.map(asObject);
    if (!list?.every((v) => v !== undefined)) throw wrongType(key, 'a list of objects', value);
    return list as readonly NodeObject[];
  }

  /** A string that must be one of `choices`. */
  oneOf<T extends string>(key: string, choices: readonly T[]): T | undefined {
    const value = this.string(key);
    if (value === undefined) return undefined;
    if (!(choices as readonly string[]).includes(value)) {
      throw new ValidatorConfigError(
        `\`${key}\` must be one of ${choices.map((c) => `\`${c}\``).join(', ')}; found \`${value}\``,
        `Set \`${key}\` to one of the listed values.`,
      );
    }
    return value as T;
  }

  /** A selector, parsed now so a bad one is reported once, where it is configured. */
  selector(key: string): ConfiguredSelector | undefined {
    const text = this.string(key);
    return text === undefined ? undefined : { text, selector: parseConfiguredSelector(key, text) };
  }

  requiredSelector(key: string): ConfiguredSelector {
    const text = this.requiredString(key);
    return { text, selector: parseConfiguredSelector(key, text) };
  }
}

/** Throws when `node` has a property other than `allowed` (`[]` for validators without any). */
export function checkProperties(node: NodeObject, allowed: readonly string[]): void {
  for (const key of Object.keys(node)) {
    if (!allowed.includes(key)) {
      throw new ValidatorConfigError(
        `unknown configuration property \`${key}\``,
        allowed.length === 0
          ? 'This validator takes no configuration; remove `configuration`.'
          : `Use only ${allowed.map((a) => `\`${a}\``).join(', ')}.`,
      );
    }
  }
}

/** A configured selector and its text (messages quote the text as written). */
export interface ConfiguredSelector {
  readonly text: string;
  readonly selector: Selector;
}

/** Parses selector `text` configured under `key`, as a `ValidatorConfigError` when it is bad. */
export function parseConfiguredSelector(key: string, text: string): Selector {
  try {
    return parseSelector(text);
  } catch (error) {
    if (!(error instanceof SelectorError)) throw error;
    throw new ValidatorConfigError(
      `Error parsing \`${key}\`: ${error.message}`,
      'Fix the selector (see the Smithy selector specification); this front end does not support ' +
        'selector variables, scoped attributes, `:root`, `:in`, `:topdown` or `:recursive`.',
    );
  }
}

function wrongType(key: string, expected: string, value: NodeValue): ValidatorConfigError {
  const found = Array.isArray(value) ? 'list' : value === null ? 'null' : typeof value;
  return new ValidatorConfigError(
    `\`${key}\` must be ${expected}; found ${found}`,
    `Change \`${key}\` to ${expected}.`,
  );
}
