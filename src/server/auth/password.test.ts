import { describe, expect, it } from 'vitest';
import { GrowingDelay } from './growing-delay.ts';
import { LoginThrottle } from './login-throttle.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { checkPasswordPolicy } from './password-policy.ts';

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

describe('password policy', () => {
  it('refuses short, common and trivial passwords with a Danish reason', async () => {
    await expect(checkPasswordPolicy('kort')).rejects.toThrow('mindst 10 tegn');
    await expect(checkPasswordPolicy('aaaaaaaaaa')).rejects.toThrow('gentager det samme tegn');
    await expect(checkPasswordPolicy('1234567890')).rejects.toThrow(/for let at gætte/);
    await expect(checkPasswordPolicy('qwertyuiop')).rejects.toThrow(/for let at gætte/);
    await expect(checkPasswordPolicy('password123')).rejects.toThrow(/for let at gætte/);
    await expect(checkPasswordPolicy('abcdefghijk')).rejects.toThrow(/for let at gætte/);
    await expect(checkPasswordPolicy('x'.repeat(1001))).rejects.toThrow('for lang');
  });

  it("refuses the user's own e-mail and name and Gevinst's words", async () => {
    await expect(checkPasswordPolicy('gevinst2027')).rejects.toThrow(/for let at gætte/);
    await expect(checkPasswordPolicy('annekirstine1', { email: 'annekirstine@kk.dk' })).rejects.toThrow(
      /din e-mail, dit navn/,
    );
  });

  it('accepts a passphrase', async () => {
    await expect(checkPasswordPolicy('korrekt-hest-batteri')).resolves.toBeUndefined();
    await expect(checkPasswordPolicy('et-langt-kodeord')).resolves.toBeUndefined();
  });
});

describe('growing delay', () => {
  it('is free for the first failures, then doubles up to the maximum, and forgets after the window', () => {
    let now = 0;
    const d = new GrowingDelay(3, 1000, 8000, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(d.waitMs('k')).toBe(0);
      d.fail('k');
    }
    expect(d.waitMs('k')).toBe(1000);
    expect(d.waitMs('other')).toBe(0);
    now = 1000;
    expect(d.waitMs('k')).toBe(0);
    d.fail('k');
    expect(d.waitMs('k')).toBe(2000);
    for (let i = 0; i < 10; i++) d.fail('k');
    expect(d.waitMs('k')).toBe(8000);
    now += 60_000;
    expect(d.waitMs('k')).toBe(0);
    expect(d.failures('k')).toBe(0);
  });

  it('remembers a bounded number of keys', () => {
    const d = new GrowingDelay(0, 1000, 1000, 60_000, () => 0, 3);
    for (const k of ['a', 'b', 'c', 'd']) d.fail(k);
    expect(d.failures('a')).toBe(0);
    expect(d.failures('d')).toBe(1);
  });
});

describe('login throttle', () => {
  it('limits one account across addresses, and one address across accounts', () => {
    let now = 0;
    const t = new LoginThrottle(() => now);
    for (let i = 0; i < 5; i++) t.failed({ email: 'a@kk.dk', address: `10.0.0.${i}`, knownDevice: null });
    expect(() => t.check({ email: 'a@kk.dk', address: '10.0.0.99', knownDevice: null })).toThrow(
      /For mange mislykkede login-forsøg/,
    );
    for (let i = 0; i < 20; i++) t.failed({ email: `u${i}@kk.dk`, address: '10.9.9.9', knownDevice: null });
    expect(() => t.check({ email: 'ny@kk.dk', address: '10.9.9.9', knownDevice: null })).toThrow();
    expect(() => t.check({ email: 'ny@kk.dk', address: '10.9.9.8', knownDevice: null })).not.toThrow();
    now += 60 * 60_000;
    expect(() => t.check({ email: 'a@kk.dk', address: '10.0.0.99', knownDevice: null })).not.toThrow();
  });

  it("a known device is throttled on its own: the attacker's failures do not lock it out", () => {
    const t = new LoginThrottle(() => 0);
    for (let i = 0; i < 50; i++) t.failed({ email: 'a@kk.dk', address: '10.0.0.1', knownDevice: null });
    expect(() => t.check({ email: 'a@kk.dk', address: '10.0.0.1', knownDevice: null })).toThrow();
    expect(() => t.check({ email: 'a@kk.dk', address: '10.0.0.1', knownDevice: 'dev' })).not.toThrow();
  });
});
