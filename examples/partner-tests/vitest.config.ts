/**
 * @module The example partner suite as its own vitest project (run by the root `npm test`).
 */
import { defineProject } from 'vitest/config';

export default defineProject({ test: { name: 'partner-tests-example' } });
