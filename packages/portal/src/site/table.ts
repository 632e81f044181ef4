/**
 * @module The portal's data tables, built one way: a heading cell per column marked up as a
 * column header (`<th scope="col">`, which screen readers announce with every cell), then one
 * row per item. Reference pages and guide fragments describe their columns; this renders them.
 */
import { html, type HtmlValue, type SafeHtml } from './html.js';

/** One column: its heading, and what each row shows in it. */
export interface Column<T> {
  readonly heading: HtmlValue;
  readonly cell: (row: T) => HtmlValue;
}

export interface TableOptions {
  /** A class on the `<table>`, for tables styled apart (the changelog's). */
  readonly className?: string;
  readonly caption?: string;
}

export function dataTable<T>(
  rows: Iterable<T>,
  columns: readonly Column<T>[],
  options: TableOptions = {},
): SafeHtml {
  const className = options.className ? html` class="${options.className}"` : '';
  const caption = options.caption
    ? html`<caption>
        ${options.caption}
      </caption>`
    : '';
  return html`<table${className}>
    ${caption}
    <thead>
      <tr>
        ${columns.map((column) => html`<th scope="col">${column.heading}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${[...rows].map(
        (row) =>
          html`<tr>
            ${columns.map((column) => html`<td>${column.cell(row)}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`;
}
