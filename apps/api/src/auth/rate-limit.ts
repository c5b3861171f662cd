import type { Graph } from '@kobling/graph';
import type { AccountAttempt } from '@kobling/use-cases';

/*
 * Fixed-window counters of failed logins and of sign-ups, kept in the store: every API instance
 * behind a load balancer counts the same attempts, and a restart forgets nothing.
 *
 * Failed logins are counted three ways. The tight limit is per account *and* address, so one
 * guesser cannot lock the owner out (five wrong passwords from anywhere used to lock any
 * account for 15 minutes); the per-address limit stops one address trying many accounts; the
 * wide per-account limit stops many addresses guessing one account.
 */

export interface LoginLimits {
  /** Failed logins for one account from one address. */
  readonly perAccountAddress: number;
  /** Failed logins from one address, whatever the account. */
  readonly perAddress: number;
  /** Failed logins for one account from every address together. */
  readonly perAccount: number;
  /** Accounts created from one address. */
  readonly signUpsPerAddress: number;
  /** Password resets asked from one address. */
  readonly resetsPerAddress: number;
  /**
   * Account mails (verification, reset, email change, "you have an account") to one address:
   * over it, the request gets its usual answer and no mail goes, so nobody can flood an inbox.
   */
  readonly accountMailsPerRecipient: number;
  readonly windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perAccountAddress: 5,
  perAddress: 20,
  perAccount: 100,
  signUpsPerAddress: 10,
  resetsPerAddress: 10,
  accountMailsPerRecipient: 5,
  windowMs: 15 * 60 * 1000,
};

export class LoginRateLimiter {
  private readonly limits: LoginLimits;
  private readonly now: () => number;

  constructor(limits: Partial<LoginLimits> = {}, now: () => number = Date.now) {
    this.limits = { ...DEFAULT_LOGIN_LIMITS, ...limits };
    this.now = now;
  }

  /** Seconds until this login may be tried; 0 when no counter of it is at its limit. */
  async retryAfter(graph: Graph, account: string, address: string): Promise<number> {
    return this.wait(graph, this.loginCounters(account, address));
  }

  async recordFailure(graph: Graph, account: string, address: string): Promise<void> {
    const now = this.now();
    await graph.runner.write(async (tx) => {
      for (const [id] of this.loginCounters(account, address)) {
        await graph.rateLimits.hit(tx, id, this.limits.windowMs, now);
      }
    });
  }

  /** A successful login clears what this address did to the account, not the wider counters. */
  async recordSuccess(graph: Graph, account: string, address: string): Promise<void> {
    await graph.runner.write((tx) =>
      graph.rateLimits.clear(tx, accountAddressKey(account, address)),
    );
  }

  /**
   * Counts an attempt (a sign-up or a password reset from an address, an account mail to an
   * address) and returns the seconds to wait when it is over the limit (then it must not go
   * ahead), else 0. A refusal only reads, so a flood of refused attempts costs the store no writes.
   */
  async attemptRetryAfter(graph: Graph, attempt: AccountAttempt, key: string): Promise<number> {
    const [prefix, limit] = {
      'sign-up': ['signup-address', this.limits.signUpsPerAddress] as const,
      'password-reset': ['reset-address', this.limits.resetsPerAddress] as const,
      'account-mail': ['mail-recipient', this.limits.accountMailsPerRecipient] as const,
    }[attempt];
    const id = `${prefix}:${key}`;
    const wait = await this.wait(graph, [[id, limit]]);
    if (wait > 0) return wait;
    const now = this.now();
    const window = await graph.runner.write((tx) =>
      graph.rateLimits.hit(tx, id, this.limits.windowMs, now),
    );
    // Others may have counted between the read and the write.
    return window.count > limit ? Math.ceil((window.resetAt - now) / 1000) : 0;
  }

  private loginCounters(account: string, address: string): [string, number][] {
    return [
      [accountAddressKey(account, address), this.limits.perAccountAddress],
      [`login-address:${address}`, this.limits.perAddress],
      [`login-account:${account}`, this.limits.perAccount],
    ];
  }

  private async wait(graph: Graph, counters: [string, number][]): Promise<number> {
    const now = this.now();
    const windows = await graph.runner.read((tx) =>
      graph.rateLimits.windows(
        tx,
        counters.map(([id]) => id),
        now,
      ),
    );
    let wait = 0;
    windows.forEach((w, i) => {
      const limit = counters[i]?.[1] ?? 0;
      if (w && w.count >= limit) wait = Math.max(wait, w.resetAt - now);
    });
    return Math.ceil(wait / 1000);
  }
}

function accountAddressKey(account: string, address: string): string {
  return `login-account-address:${account}|${address}`;
}
