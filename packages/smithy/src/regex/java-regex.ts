/**
 * @module The one reading of Smithy `@pattern` values. Smithy's reference implementation compiles
 * patterns with `java.util.regex`, and real models use its dialect (`(?i)`, `\p{Alpha}`,
 * `[\p{L}-_]`, `\x{60}`, identity escapes such as `\_`); ECMAScript reads those differently or not
 * at all. Every consumer — the trait validator, value checks in the front end and the sandbox,
 * and the JSON Schema `pattern` the OpenAPI converter writes — translates through here, so a
 * pattern means the same thing everywhere. See ARCHITECTURE.md §2.1 (patterns).
 */
import { emitEcmaScript } from './ecma-emitter.js';
import { parseJavaPattern } from './java-parser.js';
import type { JavaPatternProblem } from './java-syntax.js';
import { JavaPatternSyntaxError } from './java-syntax.js';

export type { JavaPatternProblem } from './java-syntax.js';

/** A Java pattern as ECMAScript: `source` is read with the `u` flag and no other. */
export interface EcmaPattern {
  readonly source: string;
  readonly flags: 'u';
}

export type JavaPatternTranslation =
  | { readonly ok: true; readonly pattern: EcmaPattern; readonly regex: RegExp }
  | { readonly ok: false; readonly problem: JavaPatternProblem };

const translations = new Map<string, JavaPatternTranslation>();

/**
 * Translates a `java.util.regex` pattern to an equivalent ECMAScript one, once per pattern text.
 * Fails, with the offset and construct, for what Java rejects and for what ECMAScript cannot
 * express (`\X`, Unicode blocks, `(?iu)` on letters, `(?U)`, ...).
 */
export function translateJavaPattern(pattern: string): JavaPatternTranslation {
  let translation = translations.get(pattern);
  if (!translation) {
    translation = translateUncached(pattern);
    translations.set(pattern, translation);
  }
  return translation;
}

function translateUncached(pattern: string): JavaPatternTranslation {
  let source: string;
  try {
    source = emitEcmaScript(parseJavaPattern(pattern));
  } catch (error) {
    if (error instanceof JavaPatternSyntaxError) return { ok: false, problem: error.problem };
    throw error;
  }
  try {
    return { ok: true, pattern: { source, flags: 'u' }, regex: new RegExp(source, 'u') };
  } catch (error) {
    // A translation ECMAScript rejects is a translator defect; report it rather than crash.
    return {
      ok: false,
      problem: {
        offset: 0,
        construct: pattern,
        message: `The pattern's ECMAScript translation \`${source}\` does not compile: ${(error as Error).message}`,
        hint: 'Simplify the pattern; this is a defect of the translator, worth reporting.',
      },
    };
  }
}
