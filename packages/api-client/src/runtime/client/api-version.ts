/**
 * @module client/api-version
 *
 * Which API version a service, an operation and a command belong to. Generated code writes it on
 * each as a literal type (`'v1'`, `'v2'`, the path prefix), so that a v1 client's `send` does not
 * compile with a v2 command; the same label, compared at run time, refuses a command that got
 * past the types (a cast, plain JavaScript) before anything is sent to the other version's path.
 */

/** An API version as it appears in paths and in the user agent: `v1`, `v2`, … */
export type ApiVersionLabel = `v${number}`;
