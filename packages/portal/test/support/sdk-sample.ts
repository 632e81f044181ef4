/**
 * @module The SDK reference pages the browser suite loads and checks with axe. typedoc renders
 * all pages of one kind (class, interface, function, type alias, variable, enum) from one
 * template, and every page carries the same layout and sidebar tree (most of its elements), so
 * one page per kind covers the markup of the other ~500: the largest, whose member sections,
 * comments, tags and links exercise the most of its template. Module pages, the front page and the
 * hierarchy are all visited: they are few, and each module's index differs in what it groups.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Paths relative to the reference's folder (`index.html`, `modules/….html`, …). */
export function sdkReferenceSample(sdkDir: string): string[] {
  const sample: string[] = [];
  for (const entry of readdirSync(sdkDir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) sample.push(entry.name);
    if (!entry.isDirectory() || entry.name === 'assets') continue;
    const pages = readdirSync(join(sdkDir, entry.name))
      .filter((name) => name.endsWith('.html'))
      .map((name) => ({
        path: `${entry.name}/${name}`,
        size: statSync(join(sdkDir, entry.name, name)).size,
      }))
      .sort((a, b) => b.size - a.size || a.path.localeCompare(b.path));
    sample.push(...(entry.name === 'modules' ? pages : pages.slice(0, 1)).map((p) => p.path));
  }
  return sample.sort();
}
