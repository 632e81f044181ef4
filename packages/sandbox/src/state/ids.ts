/**
 * @module Resource identifiers in the model's formats (`<prefix>_<8 to 32 letters or digits>`):
 * random ones for resources created through the API, derived ones for seeded resources.
 */
import { createHash, randomBytes } from 'node:crypto';

/** A fresh id, e.g. `newId('ord')` → `ord_9f2c4e1a7b3d5f60`. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(8).toString('hex')}`;
}

/** A stable id for a seeded resource: the same label always gives the same id. */
export function derivedId(prefix: string, label: string): string {
  return `${prefix}_${createHash('sha256').update(label).digest('hex').slice(0, 16)}`;
}
