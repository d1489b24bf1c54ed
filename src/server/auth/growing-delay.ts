// A throttle with a growing delay: the first `free` failures of a key cost nothing; after that the
// next attempt must wait `baseMs`, then twice that, and so on up to `maxMs`. A key's failures are
// forgotten `windowMs` after its last one. In memory: one server process is the deployment
// (PGlite); behind several processes each counts alone, which still bounds guessing per process.
export class GrowingDelay {
  private keys = new Map<string, { failures: number; last: number }>();

  constructor(
    private readonly free: number,
    private readonly baseMs: number,
    private readonly maxMs: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    /** Bound on remembered keys under a flood of distinct ones (oldest forgotten first). */
    private readonly maxKeys = 100_000,
  ) {}

  private entry(key: string): { failures: number; last: number } | null {
    const e = this.keys.get(key);
    if (!e) return null;
    if (this.now() - e.last >= this.windowMs) {
      this.keys.delete(key);
      return null;
    }
    return e;
  }

  /** The delay owed after `failures` failures. */
  delayAfter(failures: number): number {
    if (failures < this.free) return 0;
    return Math.min(this.maxMs, this.baseMs * 2 ** Math.min(30, failures - this.free));
  }

  /** Milliseconds until the key may try again (0 = now). */
  waitMs(key: string): number {
    const e = this.entry(key);
    if (!e) return 0;
    return Math.max(0, e.last + this.delayAfter(e.failures) - this.now());
  }

  fail(key: string): void {
    const e = this.entry(key);
    // Re-inserted at the end: Map order is then oldest-last-failure first.
    this.keys.delete(key);
    this.keys.set(key, { failures: (e?.failures ?? 0) + 1, last: this.now() });
    if (this.keys.size > this.maxKeys) {
      const oldest = this.keys.keys().next().value;
      if (oldest !== undefined) this.keys.delete(oldest);
    }
  }

  succeed(key: string): void {
    this.keys.delete(key);
  }

  failures(key: string): number {
    return this.entry(key)?.failures ?? 0;
  }
}
