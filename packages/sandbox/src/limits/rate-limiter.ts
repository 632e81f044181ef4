/**
 * @module Per-application rate limits: a token bucket per client id that holds `requests`
 * calls and refills them evenly over `perSeconds`. An empty bucket answers how long until the
 * next call is allowed, which becomes `Retry-After`.
 */

export interface RateLimitBudget {
  /** Calls allowed in a burst, and per `perSeconds` on average. */
  readonly requests: number;
  readonly perSeconds: number;
}

export type RateLimitDecision =
  | { readonly allowed: true; readonly limit: number; readonly remaining: number }
  | { readonly allowed: false; readonly limit: number; readonly retryAfterMs: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
  budget: RateLimitBudget;
}

export function checkBudget(budget: RateLimitBudget, what: string): RateLimitBudget {
  const ok = (n: number) => Number.isFinite(n) && n > 0;
  if (!ok(budget.requests) || !ok(budget.perSeconds)) {
    throw new TypeError(
      `${what} needs positive "requests" and "perSeconds" (got ${JSON.stringify(budget)}).`,
    );
  }
  return { requests: budget.requests, perSeconds: budget.perSeconds };
}

export class RateLimiter {
  readonly #buckets = new Map<string, Bucket>();
  readonly #overrides = new Map<string, RateLimitBudget | null>();

  /** `defaultBudget: null` turns limits off for applications without their own budget. */
  constructor(
    private readonly now: () => number,
    private defaultBudget: RateLimitBudget | null,
  ) {}

  /** Sets one application's budget (`null`: unlimited; `undefined`: back to the default). */
  setBudget(clientId: string, budget: RateLimitBudget | null | undefined): void {
    if (budget === undefined) this.#overrides.delete(clientId);
    else this.#overrides.set(clientId, budget);
    this.#buckets.delete(clientId);
  }

  setDefaultBudget(budget: RateLimitBudget | null): void {
    this.defaultBudget = budget;
    this.#buckets.clear();
  }

  budgetOf(clientId: string): RateLimitBudget | null {
    return this.#overrides.has(clientId)
      ? (this.#overrides.get(clientId) ?? null)
      : this.defaultBudget;
  }

  /** Takes one call from the application's bucket. */
  take(clientId: string): RateLimitDecision | undefined {
    const budget = this.budgetOf(clientId);
    if (budget === null) return undefined;
    const now = this.now();
    const refillPerMs = budget.requests / (budget.perSeconds * 1000);
    let bucket = this.#buckets.get(clientId);
    if (!bucket || bucket.budget !== budget) {
      bucket = { tokens: budget.requests, updatedAt: now, budget };
      this.#buckets.set(clientId, bucket);
    }
    bucket.tokens = Math.min(
      budget.requests,
      bucket.tokens + Math.max(0, now - bucket.updatedAt) * refillPerMs,
    );
    bucket.updatedAt = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, limit: budget.requests, remaining: Math.floor(bucket.tokens) };
    }
    return {
      allowed: false,
      limit: budget.requests,
      retryAfterMs: Math.ceil((1 - bucket.tokens) / refillPerMs),
    };
  }
}
