/**
 * @module Code blocks of the guides, with where they were written, so a compiler message about a
 * sample points at the line of `docs/*.md` to fix. The info string's second word names a block
 * (```` ```ts first-call.ts ````), which lets a test pick the block it runs.
 */
import MarkdownIt from 'markdown-it';

export interface CodeSample {
  /** Unique and readable: `docs/webhooks.md:120` or `v2/ListOrders`. */
  readonly id: string;
  readonly code: string;
  /** Language of the fence (`ts`). */
  readonly lang: string;
  /** The name after the language in the fence's info string, if any. */
  readonly name?: string;
  /** File and 1-based line of the block's first code line, for messages. */
  readonly source: { readonly file: string; readonly line: number };
}

const parser = new MarkdownIt();

/** Every fenced block of `markdown` (written in `file`) in `langs`. */
export function extractCodeBlocks(
  markdown: string,
  file: string,
  langs: readonly string[] = ['ts', 'typescript'],
): CodeSample[] {
  return parser
    .parse(markdown, {})
    .filter((t) => t.type === 'fence')
    .flatMap((token) => {
      const [lang = '', name] = token.info.trim().split(/\s+/);
      if (!langs.includes(lang)) return [];
      const line = (token.map?.[0] ?? 0) + 2;
      return [{ id: `${file}:${line}`, code: token.content, lang, name, source: { file, line } }];
    });
}
