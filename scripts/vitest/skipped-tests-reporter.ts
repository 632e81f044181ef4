/**
 * @module Vitest reporter that ends a run with every skipped test and why, grouped by reason, so
 * a green run on a machine without Chromium or without the shared corpora says what it did not
 * prove. A reason is the note of `ctx.skip(note)` or the `skipReason` meta of the test or of a
 * suite around it: `describe(name, { skip: !ready, meta: { skipReason } }, ...)`. A skip with
 * neither is listed as having no reason, which is a defect to fix where the test is written.
 */
import type { Reporter, TestCase, TestModule, TestSuite, Vitest } from 'vitest/node';

declare module 'vitest' {
  interface TaskMeta {
    /** Why this test, or every test of this suite, is skipped on this machine. */
    skipReason?: string;
  }
}

const NO_REASON = 'no reason given (set meta.skipReason or call ctx.skip(note))';

function reasonOf(test: TestCase): string | undefined {
  const result = test.result();
  if (result.state === 'skipped' && result.note) return result.note;
  let task: TestCase | TestSuite | TestModule = test;
  for (;;) {
    const reason = task.meta().skipReason;
    if (reason) return reason;
    if (task.type === 'module') return undefined;
    task = task.parent;
  }
}

export default class SkippedTestsReporter implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const byReason = new Map<string, string[]>();
    for (const module of modules) {
      for (const test of module.children.allTests('skipped')) {
        if (test.options.mode === 'todo') continue;
        const reason = reasonOf(test) ?? NO_REASON;
        const where = `${test.project.name} ${module.relativeModuleId} > ${test.fullName}`;
        byReason.set(reason, [...(byReason.get(reason) ?? []), where]);
      }
    }
    const count = [...byReason.values()].reduce((sum, tests) => sum + tests.length, 0);
    if (count === 0) return;
    const lines = [`\nSkipped ${count} test(s):`];
    for (const [reason, tests] of byReason) {
      lines.push(`  ${tests.length} because ${reason}`, ...tests.map((t) => `    - ${t}`));
    }
    (this.vitest?.logger ?? console).log(lines.join('\n'));
  }
}
