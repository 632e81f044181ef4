/**
 * @module Paging as each version models it. Version 1: page numbers as decimal strings
 * (`page` → `nextPage`) and a `totalCount`. Version 2: opaque cursors (`cursor` →
 * `nextCursor`) that name the last item seen, so inserts while paging neither repeat nor skip
 * items; a cursor is bound to the filters it was issued for and valid for 24 hours.
 */
import { createHash } from 'node:crypto';
import { validationError } from '../api-error.js';
import { pointer } from './shape-codec.js';
import type { Pagination } from './api-model.js';

export type PagingStyle = 'page-number' | 'cursor';

/** A cursor older than this is refused. */
export const CURSOR_LIFETIME_MS = 24 * 3600 * 1000;

export interface PageOf<T> {
  readonly items: readonly T[];
  /** The token for the next page, absent on the last. */
  readonly next?: string;
  readonly totalCount: number;
}

export interface PageRequest {
  readonly pagination: Pagination;
  readonly style: PagingStyle;
  readonly input: Readonly<Record<string, unknown>>;
  /** Input members that filter the list: a cursor only continues the same filters. */
  readonly filters: Readonly<Record<string, unknown>>;
  readonly now: number;
}

interface CursorContent {
  /** Sort key of the last item returned. */
  readonly k: string;
  /** Fingerprint of the filters. */
  readonly f: string;
  /** Issued at, milliseconds. */
  readonly t: number;
}

function fingerprint(filters: Readonly<Record<string, unknown>>): string {
  const canonical = JSON.stringify(
    Object.keys(filters)
      .sort()
      .map((key) => [key, filters[key]]),
  );
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 12);
}

function invalidCursor(path: string, message: string) {
  return validationError(`${message} Start again without a cursor.`, [{ path, message }]);
}

function decodeCursor(token: string, path: string, filters: string, now: number): CursorContent {
  let content: CursorContent;
  try {
    content = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as CursorContent;
  } catch {
    throw invalidCursor(path, 'The cursor is not one this API issued.');
  }
  if (
    typeof content?.k !== 'string' ||
    typeof content.f !== 'string' ||
    typeof content.t !== 'number'
  ) {
    throw invalidCursor(path, 'The cursor is not one this API issued.');
  }
  if (content.f !== filters) {
    throw invalidCursor(
      path,
      'The cursor was issued for other filters; send the same filters with it.',
    );
  }
  if (now - content.t > CURSOR_LIFETIME_MS) {
    throw invalidCursor(path, 'The cursor has expired (cursors are valid for 24 hours).');
  }
  return content;
}

/**
 * One page of `items` (already sorted); `keyOf` gives each item a sort key that increases
 * (`ascending`) or decreases along the list.
 */
export function paginate<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  direction: 'ascending' | 'descending',
  request: PageRequest,
): PageOf<T> {
  const { pagination, input } = request;
  const pageSize = Number(input[pagination.pageSize] ?? 20);
  const token = input[pagination.inputToken];
  if (request.style === 'page-number') {
    const page = token === undefined ? 1 : Number(token);
    const start = (page - 1) * pageSize;
    const slice = items.slice(start, start + pageSize);
    const more = start + pageSize < items.length;
    return { items: slice, totalCount: items.length, ...(more ? { next: String(page + 1) } : {}) };
  }
  const filters = fingerprint(request.filters);
  let start = 0;
  if (typeof token === 'string') {
    const { k } = decodeCursor(token, pointer('', pagination.inputToken), filters, request.now);
    const after = items.findIndex((item) =>
      direction === 'descending' ? keyOf(item) < k : keyOf(item) > k,
    );
    start = after < 0 ? items.length : after;
  }
  const slice = items.slice(start, start + pageSize);
  const last = slice.at(-1);
  const more = start + pageSize < items.length && last !== undefined;
  const next = more
    ? Buffer.from(JSON.stringify({ k: keyOf(last), f: filters, t: request.now })).toString(
        'base64url',
      )
    : undefined;
  return { items: slice, totalCount: items.length, ...(next ? { next } : {}) };
}

/** Which paging a list operation uses, from the shape of its input token. */
export function pagingStyleOf(tokenTarget: string): PagingStyle {
  const name = tokenTarget.slice(tokenTarget.indexOf('#') + 1);
  if (name === 'PageToken') return 'page-number';
  if (name === 'Cursor') return 'cursor';
  throw new TypeError(
    `The sandbox pages with PageToken (page numbers) or Cursor (cursors); ${tokenTarget} is neither.`,
  );
}
