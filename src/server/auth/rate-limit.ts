// Login rate limiting: at most `max` failed logins per key (e-mail + client address) in a sliding
// window. In memory: one server process is the deployment (PGlite); behind several processes each
// counts alone, which still bounds guessing per process.
export class FailureLimiter {
  private failures = new Map<string, number[]>();

  constructor(
    private readonly max = 5,
    private readonly windowMs = 15 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const cutoff = this.now() - this.windowMs;
    const list = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
    if (list.length === 0) this.failures.delete(key);
    else this.failures.set(key, list);
    return list;
  }

  isBlocked(key: string): boolean {
    return this.recent(key).length >= this.max;
  }

  fail(key: string): void {
    const list = this.recent(key);
    list.push(this.now());
    this.failures.set(key, list);
    if (this.failures.size > 100_000) this.failures.clear(); // bound memory under a flood
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }
}
