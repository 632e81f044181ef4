import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/*', 'test', 'examples/*'],
    reporters: ['default', './scripts/vitest/skipped-tests-reporter.ts'],
  },
});
