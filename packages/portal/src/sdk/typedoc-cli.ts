/**
 * @module Runs `buildSdkReference` in its own process, so the portal build can write the SDK
 * reference on one core while it renders the rest of the site on the other.
 * Usage: `tsx typedoc-cli.ts <outDir> <specifier>=<source> ...`
 */
import { buildSdkReference, SDK_INTERNAL_TYPES } from './typedoc.js';

const [outDir, ...pairs] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: typedoc-cli <outDir> <specifier>=<source>...');
  process.exit(2);
}
const entryPoints = pairs.map((pair) => {
  const at = pair.indexOf('=');
  return { specifier: pair.slice(0, at), source: pair.slice(at + 1) };
});
try {
  await buildSdkReference(entryPoints, outDir, undefined, SDK_INTERNAL_TYPES);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
