/**
 * @module Build-time syntax highlighting with Shiki. Colours for both themes are emitted as CSS
 * variables, so the reader's light or dark choice switches them without any script.
 */
import { createHighlighter, type Highlighter } from 'shiki';
import { escapeHtml } from './html.js';

/** Languages the portal highlights; anything else is shown as plain text. */
const LANGUAGES = ['ts', 'js', 'json', 'sh', 'bash', 'http', 'yaml', 'smithy'] as const;
const ALIASES: Readonly<Record<string, string>> = {
  typescript: 'ts',
  javascript: 'js',
  shell: 'sh',
  console: 'sh',
};
const THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

export interface CodeHighlighter {
  /** A `<pre>` block for `code` in `lang` (plain and escaped when the language is unknown). */
  highlight(code: string, lang: string): string;
}

let shared: Promise<Highlighter> | undefined;

/** Loads Shiki once per process; later builds in the same process reuse it. */
export async function createCodeHighlighter(): Promise<CodeHighlighter> {
  shared ??= createHighlighter({ themes: Object.values(THEMES), langs: [...LANGUAGES] });
  const shiki = await shared;
  return {
    highlight(code, lang) {
      const name = ALIASES[lang] ?? lang;
      const known = (LANGUAGES as readonly string[]).includes(name);
      if (!known) {
        return `<pre class="shiki plain" tabindex="0"><code>${escapeHtml(code)}</code></pre>`;
      }
      return shiki.codeToHtml(code, { lang: name, themes: THEMES, defaultColor: false });
    },
  };
}
