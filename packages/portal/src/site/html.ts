/**
 * @module The portal's HTML template layer: a tagged template that escapes every interpolated
 * value unless it is already trusted markup. Pages are composed from these fragments, so text that
 * comes from the model or the guides can never inject markup by accident.
 */

const TRUSTED = Symbol('trusted-html');

/** Markup that is safe to insert as is (produced by `html` or by the markdown renderer). */
export interface SafeHtml {
  readonly [TRUSTED]: true;
  readonly value: string;
}

/** A value `html` accepts in a `${}` slot: text is escaped, markup is kept, lists are joined. */
export type HtmlValue =
  SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** Marks markup as trusted. Only for output of a renderer that escapes its own input. */
export function trusted(markup: string): SafeHtml {
  return { [TRUSTED]: true, value: markup };
}

function isSafe(value: unknown): value is SafeHtml {
  return typeof value === 'object' && value !== null && TRUSTED in value;
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (isSafe(value)) return value.value;
  if (Array.isArray(value)) return value.map((item: HtmlValue) => render(item)).join('');
  return escapeHtml(String(value));
}

/** `html\`<p>${text}</p>\`` — escapes `text`; `null`, `undefined` and `false` render nothing. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return trusted(out);
}
