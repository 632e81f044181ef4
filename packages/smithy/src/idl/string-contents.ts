/**
 * @module Decodes the inside of IDL quoted strings and text blocks: escapes, line-ending
 * normalisation and, for text blocks, removal of incidental indentation (the spec's "significant
 * trailing line" rule).
 */
import { SIMPLE_ESCAPES } from '../json/string-escapes.js';

/** Thrown while decoding; the lexer turns it into an ERROR token. */
export class StringContentError extends Error {}

/** Decodes raw source text between the quotes of a string (or triple quotes of a text block). */
export function decodeStringContents(raw: string, textBlock: boolean): string {
  let text = raw.replace(/\r\n?/g, '\n');
  if (textBlock) text = dedentTextBlock(text);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '\\') {
      if (!isValidChar(c.charCodeAt(0), textBlock)) {
        throw new StringContentError(`Invalid string character: \`${c}\``);
      }
      out += c;
      continue;
    }
    const next = text[++i];
    if (next === undefined) throw new StringContentError('Invalid escape found in string: `\\`');
    if (next === '\n') continue; // an escaped line break joins the lines
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    if (next !== 'u') throw new StringContentError(`Invalid escape found in string: \`\\${next}\``);
    let code = 0;
    for (let k = 0; k < 4; k++) {
      const h = text[++i];
      if (h === undefined) {
        throw new StringContentError('Invalid unclosed unicode escape found in string');
      }
      const digit = parseInt(h, 16);
      if (!/^[0-9a-fA-F]$/.test(h)) {
        throw new StringContentError(`Invalid unicode escape character: \`${h}\``);
      }
      code = code * 16 + digit;
    }
    out += String.fromCharCode(code);
  }
  return out;
}

function isValidChar(code: number, textBlock: boolean): boolean {
  return (
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0x20 ||
    code === 0x21 ||
    (textBlock && code === 0x22) ||
    (code >= 0x23 && code <= 0x5b) ||
    code >= 0x5d
  );
}

/**
 * The first line (after `"""`) must be empty and is dropped; the smallest indentation of the
 * non-blank lines (and of the closing line, whatever it holds) is removed from every line, and
 * trailing spaces are trimmed.
 */
function dedentTextBlock(text: string): string {
  if (text.length === 0) throw new StringContentError('Text block is empty');
  if (text[0] !== '\n') throw new StringContentError('Text block must start with a new line');
  const lines = text.split('\n');
  let indent = Number.MAX_SAFE_INTEGER;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const isLast = i === lines.length - 1;
    const lead = line.length - line.replace(/^ +/, '').length;
    const padding = lead === line.length ? (isLast ? line.length : -1) : lead;
    if (padding > -1 && padding < indent) indent = padding;
  }
  const out: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    out.push(line.slice(Math.min(indent, line.length)).replace(/ +$/, ''));
  }
  return out.join('\n');
}
