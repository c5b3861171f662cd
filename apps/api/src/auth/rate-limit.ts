/*
 * Fixed-window counters of failed logins per account and per address, in process memory.
 * One API instance enforces its own limits; behind a load balancer each instance counts on its
 * own, which still bounds guessing to (instances × limit) per window.
 */

export interface LoginLimits {
  readonly perAccount: number;
  readonly perAddress: number;
  readonly windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perAccount: 5,
  perAddress: 20,
  windowMs: 15 * 60 * 1000,
};

interface Window {
  count: number;
  resetAt: number;
}

export class LoginRateLimiter {
  private readonly limits: LoginLimits;
  private readonly now: () => number;
  private readonly windows = new Map<string, Window>();

  constructor(limits: LoginLimits = DEFAULT_LOGIN_LIMITS, now: () => number = Date.now) {
    this.limits = limits;
    this.now = now;
  }

  /** Seconds until a blocked key may try again; 0 when neither key is blocked. */
  retryAfter(account: string, address: string): number {
    const now = this.now();
    let wait = 0;
    for (const [key, limit] of this.keys(account, address)) {
      const w = this.windows.get(key);
      if (w && w.resetAt > now && w.count >= limit) wait = Math.max(wait, w.resetAt - now);
    }
    return Math.ceil(wait / 1000);
  }

  recordFailure(account: string, address: string): void {
    const now = this.now();
    for (const [key] of this.keys(account, address)) {
      const w = this.windows.get(key);
      if (!w || w.resetAt <= now)
        this.windows.set(key, { count: 1, resetAt: now + this.limits.windowMs });
      else w.count += 1;
    }
    if (this.windows.size > 100_000) this.sweep(now);
  }

  /** A successful login clears the account's counter, not the address's. */
  recordSuccess(account: string): void {
    this.windows.delete(`account:${account}`);
  }

  private keys(account: string, address: string): [string, number][] {
    return [
      [`account:${account}`, this.limits.perAccount],
      [`address:${address}`, this.limits.perAddress],
    ];
  }

  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (w.resetAt <= now) this.windows.delete(key);
  }
}
