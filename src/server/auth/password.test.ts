import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';
import { FailureLimiter } from './rate-limit.ts';

describe('passwords', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const h = await hashPassword('korrekt-hest-batteri');
    expect(h.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(h, 'korrekt-hest-batteri')).toBe(true);
    expect(await verifyPassword(h, 'korrekt-hest-batterI')).toBe(false);
    expect(await verifyPassword(null, 'x')).toBe(false);
    expect(await verifyPassword('ikke-en-hash', 'x')).toBe(false);
  });
});

describe('login rate limiting', () => {
  it('blocks after max failures in the window and forgets them afterwards', () => {
    let now = 0;
    const limiter = new FailureLimiter(3, 1000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.isBlocked('k')).toBe(false);
      limiter.fail('k');
    }
    expect(limiter.isBlocked('k')).toBe(true);
    expect(limiter.isBlocked('other')).toBe(false);
    now = 1001;
    expect(limiter.isBlocked('k')).toBe(false);
  });
});
