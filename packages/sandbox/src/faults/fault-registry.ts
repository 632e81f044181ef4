/**
 * @module The live set of fault rules of one sandbox. Rules are consumed in the order they were
 * added: every matching `latency` rule adds its delay, and the first matching rule of any other
 * kind decides the answer. Each use counts down the rule's `times`; a spent rule disappears.
 */
import { randomUUID } from 'node:crypto';
import { matches, parseFaultRule } from './fault-rules.js';
import type { FaultRule, FaultRuleInput, FaultSpec, FaultTarget } from './fault-rules.js';

/** The faults one request meets: total added latency, then at most one failure. */
export interface FaultPlan {
  readonly delayMs: number;
  readonly failure?: FaultSpec;
}

export class FaultRegistry {
  #rules: FaultRule[] = [];

  /** Adds a rule (validated as the admin endpoint does); returns it with its id. */
  add(input: FaultRuleInput): FaultRule {
    const parsed = parseFaultRule(input);
    const rule: FaultRule = {
      ...parsed,
      id: `flt_${randomUUID().slice(0, 8)}`,
      remaining: parsed.times === null ? null : (parsed.times ?? 1),
      hits: 0,
    };
    this.#rules.push(rule);
    return rule;
  }

  list(): readonly FaultRule[] {
    return this.#rules.map((rule) => ({ ...rule }));
  }

  remove(id: string): boolean {
    const before = this.#rules.length;
    this.#rules = this.#rules.filter((rule) => rule.id !== id);
    return this.#rules.length < before;
  }

  clear(): void {
    this.#rules = [];
  }

  /** Decides, and consumes, the faults for one request; extra rules (from a header) go first. */
  plan(request: FaultTarget, extra: readonly FaultRuleInput[] = []): FaultPlan {
    let delayMs = 0;
    let failure: FaultSpec | undefined;
    const consider = (spec: FaultSpec): boolean => {
      if (spec.kind === 'latency') {
        delayMs += spec.delayMs ?? 1000;
        return false;
      }
      failure = spec;
      return true;
    };
    for (const spec of extra) {
      if (matches(spec, request) && consider(spec)) break;
    }
    for (const rule of this.#rules) {
      if (failure && rule.kind !== 'latency') continue;
      if (!matches(rule, request) || rule.remaining === 0) continue;
      rule.hits += 1;
      if (rule.remaining !== null) rule.remaining -= 1;
      consider(rule);
    }
    this.#rules = this.#rules.filter((rule) => rule.remaining !== 0);
    return failure ? { delayMs, failure } : { delayMs };
  }
}
