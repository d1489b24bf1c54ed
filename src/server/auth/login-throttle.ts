// Login throttling (issue 15), three counters with growing delays (growing-delay.ts):
//
// - per account, across every address: the guesses one account can receive from a botnet;
// - per client address, across every account: one address trying many accounts;
// - per known device and account: a browser in which the account has logged in before presents a
//   device cookie, and then ONLY this counter applies. The failures an attacker causes elsewhere
//   (which throttle the account) therefore never lock the real user out of their usual browser.
//
// The password change has its own counter per account (guessing `currentPassword` in a stolen
// session). The client address is request.ip, which honours GEVINST_TRUST_PROXY: behind a proxy
// without it, every user shares the proxy's address (docs/server.md).
import { HttpError } from '../http-errors.ts';
import { GrowingDelay } from './growing-delay.ts';

const MINUTE = 60_000;
const WINDOW = 60 * MINUTE;

export interface LoginAttempt {
  email: string;
  address: string;
  /** SHA-256 of a device cookie that is known for this account, or null. */
  knownDevice: string | null;
}

function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

function waitText(ms: number): string {
  const s = seconds(ms);
  if (s < 90) return `${s} sekunder`;
  return `${Math.ceil(s / 60)} minutter`;
}

export function throttled(ms: number, what = 'login-forsøg'): HttpError {
  return new HttpError(
    'rate_limited',
    `For mange mislykkede ${what}. Vent ${waitText(ms)}, og prøv igen.`,
    seconds(ms),
  );
}

export class LoginThrottle {
  readonly account: GrowingDelay;
  readonly address: GrowingDelay;
  readonly device: GrowingDelay;
  readonly passwordChange: GrowingDelay;

  constructor(now: () => number = Date.now) {
    // 5 free failures, then 1 s, 2 s, 4 s … up to 15 minutes between attempts.
    this.account = new GrowingDelay(5, 1000, 15 * MINUTE, WINDOW, now);
    // An office behind one NAT address shares this counter: more free failures.
    this.address = new GrowingDelay(20, 1000, 15 * MINUTE, WINDOW, now);
    this.device = new GrowingDelay(5, 1000, 15 * MINUTE, WINDOW, now);
    this.passwordChange = new GrowingDelay(5, 1000, 15 * MINUTE, WINDOW, now);
  }

  private keys(a: LoginAttempt): { account: string; address: string; device: string | null } {
    return {
      account: a.email,
      address: a.address,
      device: a.knownDevice ? `${a.knownDevice}|${a.email}` : null,
    };
  }

  /** Throws 429 (with Retry-After) when this attempt must wait. */
  check(a: LoginAttempt): void {
    const k = this.keys(a);
    const wait = k.device
      ? this.device.waitMs(k.device)
      : Math.max(this.account.waitMs(k.account), this.address.waitMs(k.address));
    if (wait > 0) throw throttled(wait);
  }

  failed(a: LoginAttempt): void {
    const k = this.keys(a);
    if (k.device) this.device.fail(k.device);
    else {
      this.account.fail(k.account);
      this.address.fail(k.address);
    }
  }

  /** A correct password: the counter that was in force starts over (the address's decays alone). */
  succeeded(a: LoginAttempt): void {
    const k = this.keys(a);
    if (k.device) this.device.succeed(k.device);
    else this.account.succeed(k.account);
  }

  checkPasswordChange(userId: number): void {
    const wait = this.passwordChange.waitMs(String(userId));
    if (wait > 0) throw throttled(wait, 'forsøg med den nuværende adgangskode');
  }

  passwordChangeFailed(userId: number): void {
    this.passwordChange.fail(String(userId));
  }

  passwordChangeSucceeded(userId: number): void {
    this.passwordChange.succeed(String(userId));
  }
}
