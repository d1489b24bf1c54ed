import { describe, expect, it } from 'vitest';
import { STATUSES, type Status, type User } from '../../store/types.ts';
import { allowedTransitions, checkTransition } from './workflow.ts';

const cfoe: User = { id: 1, email: 'c@x.dk', name: null, role: 'oekonomi', administration: null };
const buf: User = { id: 2, email: 'b@x.dk', name: null, role: 'forfatter', administration: 'BUF' };
const reader: User = { id: 3, email: 'l@x.dk', name: null, role: 'laeser', administration: null };
const ok = { approvedWith: 'Budget 2027', errorFindings: 0 };

describe('workflow', () => {
  it('refuses CFØ approval while error findings remain', () => {
    expect(() =>
      checkTransition(cfoe, 'indsendt', 'godkendt_cfoe', 'BUF', { ...ok, errorFindings: 2 }),
    ).toThrow(/2 fejl/);
    expect(() => checkTransition(cfoe, 'indsendt', 'godkendt_cfoe', 'BUF', ok)).not.toThrow();
  });

  it('refuses committee approval before CFØ approval, from every earlier status', () => {
    for (const from of ['kladde', 'indsendt'] as Status[]) {
      expect(() => checkTransition(cfoe, from, 'udvalgsgodkendt', 'BUF', ok)).toThrow(/Center for Økonomi/);
    }
  });

  it('authors only submit and withdraw, and only their own administration', () => {
    expect(allowedTransitions(buf, 'kladde', 'BUF').sort()).toEqual(['indsendt', 'trukket_tilbage']);
    expect(allowedTransitions(buf, 'kladde', 'SOF')).toEqual([]);
    expect(() => checkTransition(buf, 'kladde', 'indsendt', 'SOF', ok)).toThrow(/egen forvaltning/);
  });

  it('readers move nothing; finished and closed proposals move nowhere', () => {
    for (const s of STATUSES) expect(allowedTransitions(reader, s, 'BUF')).toEqual([]);
    for (const s of ['opfoelgning_afsluttet', 'afvist', 'trukket_tilbage'] as Status[])
      expect(allowedTransitions(cfoe, s, 'BUF')).toEqual([]);
  });

  it('every status is reachable from kladde through allowed moves', () => {
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
  });
});
