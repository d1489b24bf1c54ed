import { describe, expect, it } from 'vitest';
import { isGevinstError } from '../errors.ts';
import type { Member } from './roles.ts';
import { STATUSES, type Status } from './statuses.ts';
import { TRANSITIONS, allowedTransitions, checkTransition } from './workflow.ts';

const cfoe: Member = { role: 'oekonomi', administration: null };
const buf: Member = { role: 'forfatter', administration: 'BUF' };
const reader: Member = { role: 'laeser', administration: null };
const ok = { approvedWith: 'Budget 2027', errorFindings: 0, reason: 'fordi' };

function reasonOf(f: () => unknown): string | null {
  try {
    f();
  } catch (e) {
    return isGevinstError(e) ? `${e.code}:${e.reason ?? ''}` : 'other';
  }
  return null;
}

describe('workflow', () => {
  it('refuses CFØ approval while error findings remain', () => {
    expect(
      reasonOf(() => checkTransition(cfoe, 'indsendt', 'godkendt_cfoe', 'BUF', { ...ok, errorFindings: 2 })),
    ).toBe('conflict:workflow.error-findings');
    expect(reasonOf(() => checkTransition(cfoe, 'indsendt', 'godkendt_cfoe', 'BUF', ok))).toBeNull();
  });

  it('refuses committee approval before CFØ approval, from every earlier status', () => {
    for (const from of ['kladde', 'indsendt'] as Status[]) {
      expect(reasonOf(() => checkTransition(cfoe, from, 'udvalgsgodkendt', 'BUF', ok))).toBe(
        'conflict:workflow.needs-cfoe-first',
      );
    }
  });

  it('authors only submit and withdraw, and only their own administration', () => {
    expect(allowedTransitions(buf, 'kladde', 'BUF').sort()).toEqual(['indsendt', 'trukket_tilbage']);
    expect(allowedTransitions(buf, 'kladde', 'SOF')).toEqual([]);
    expect(reasonOf(() => checkTransition(buf, 'kladde', 'indsendt', 'SOF', ok))).toBe(
      'forbidden:workflow.author-own-only',
    );
    expect(reasonOf(() => checkTransition(buf, 'indsendt', 'godkendt_cfoe', 'BUF', ok))).toBe(
      'forbidden:workflow.finance-only',
    );
  });

  it('rejecting, withdrawing and reopening need a reason; adoption needs its vehicle', () => {
    const noReason = { ...ok, reason: '  ' };
    expect(reasonOf(() => checkTransition(cfoe, 'indsendt', 'afvist', 'BUF', noReason))).toBe(
      'invalid_input:workflow.reason-missing',
    );
    expect(reasonOf(() => checkTransition(buf, 'kladde', 'trukket_tilbage', 'BUF', noReason))).toBe(
      'invalid_input:workflow.reason-missing',
    );
    expect(reasonOf(() => checkTransition(cfoe, 'afvist', 'kladde', 'BUF', noReason))).toBe(
      'invalid_input:workflow.reason-missing',
    );
    expect(reasonOf(() => checkTransition(cfoe, 'afvist', 'kladde', 'BUF', ok))).toBeNull();
    expect(
      reasonOf(() =>
        checkTransition(cfoe, 'udvalgsgodkendt', 'vedtaget', 'BUF', { ...ok, approvedWith: null }),
      ),
    ).toBe('invalid_input:workflow.approved-with-missing');
  });

  it('follow-up closes when complete, or by the finance centre with a reason', () => {
    const facts = { ...ok, reason: null };
    expect(reasonOf(() => checkTransition(cfoe, 'udmoentet', 'opfoelgning_afsluttet', 'BUF', facts))).toBe(
      'invalid_input:workflow.follow-up-open',
    );
    expect(
      reasonOf(() =>
        checkTransition(cfoe, 'udmoentet', 'opfoelgning_afsluttet', 'BUF', {
          ...facts,
          followUpComplete: true,
        }),
      ),
    ).toBeNull();
    expect(
      reasonOf(() =>
        checkTransition(cfoe, 'udmoentet', 'opfoelgning_afsluttet', 'BUF', { ...facts, reason: 'lukket' }),
      ),
    ).toBeNull();
  });

  it('readers move nothing; a closed follow-up moves nowhere; only finance reopens', () => {
    for (const s of STATUSES) expect(allowedTransitions(reader, s, 'BUF')).toEqual([]);
    expect(allowedTransitions(cfoe, 'opfoelgning_afsluttet', 'BUF')).toEqual([]);
    expect(allowedTransitions(cfoe, 'afvist', 'BUF')).toEqual(['kladde']);
    expect(allowedTransitions(buf, 'afvist', 'BUF')).toEqual([]);
  });

  it('every status is reachable from kladde, and every rule names a button', () => {
    const seen = new Set<Status>(['kladde']);
    const queue: Status[] = ['kladde'];
    for (let from = queue.shift(); from !== undefined; from = queue.shift()) {
      for (const next of allowedTransitions(cfoe, from, 'BUF')) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect([...seen].sort()).toEqual([...STATUSES].sort());
    for (const t of TRANSITIONS) expect(t.action.length).toBeGreaterThan(3);
  });
});
