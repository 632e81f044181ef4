/**
 * @module Smithy `@http` URI patterns as Hono routes: `/v2/orders/{orderId}` becomes
 * `/v2/orders/:orderId`, and a greedy label `{key+}` matches the rest of the path.
 */

export interface RoutePattern {
  /** The path Hono matches. */
  readonly path: string;
  /** Label names in order. */
  readonly labels: readonly string[];
}

export function toHonoRoute(uri: string): RoutePattern {
  if (uri.includes('?')) {
    throw new TypeError(
      `The sandbox does not route URI patterns with query literals (${uri}); bind such values with @httpQuery.`,
    );
  }
  const labels: string[] = [];
  const path = uri
    .split('/')
    .map((segment) => {
      const label = /^\{([A-Za-z_][A-Za-z0-9_]*)(\+)?\}$/.exec(segment);
      if (!label?.[1]) return segment;
      labels.push(label[1]);
      return label[2] ? `:${label[1]}{.+}` : `:${label[1]}`;
    })
    .join('/');
  return { path, labels };
}
