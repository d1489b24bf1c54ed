// The bounds of the one schema: what a finance officer never hits is refused with a Danish message
// naming the field, before any engine code runs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isGevinstError } from '../errors.ts';
import { documentArb } from '../testing/arbitraries.ts';
import { authoredProposalSchema, proposalSaveBody } from './api.ts';
import { documentSchema } from './document.ts';
import { parseWith } from './errors.ts';

const good = {
  ref: 'Forslag 1',
  title: 'Ny ventilation',
  kind: 'investering',
  economy: {
    years: [2027, 2028],
    lines: [{ label: 'Besparelse', section: 'varig', budgetArea: 'service', amounts: { '2027': -100_000 } }],
  },
};

function refusal(body: unknown): { field: string | null; message: string } | null {
  try {
    parseWith(authoredProposalSchema, body, 'Forslaget');
    return null;
  } catch (e) {
    if (!isGevinstError(e)) throw e;
    expect(e.code).toBe('invalid_input');
    return { field: e.field, message: e.message };
  }
}

describe('schema bounds', () => {
  it('accepts an ordinary proposal and fills the empty parts', () => {
    const p = parseWith(authoredProposalSchema, good, 'Forslaget');
    expect(p.followUp).toEqual([]);
    expect(p.economy?.lines[0]?.sourceLine).toBeNull();
  });

  it.each([
    [
      'a year column far in the future',
      { economy: { ...good.economy, years: [2027, 10_000_000] } },
      'economy.years[1]',
    ],
    [
      'a year key outside 1900–2200',
      { economy: { ...good.economy, lines: [{ ...good.economy.lines[0], amounts: { '9999': 1 } }] } },
      'economy.lines[0].amounts["9999"]',
    ],
    [
      '31 year columns',
      { economy: { ...good.economy, years: Array.from({ length: 31 }, (_, i) => 2000 + i) } },
      'economy.years',
    ],
    [
      'an amount of 9e15',
      { economy: { ...good.economy, lines: [{ ...good.economy.lines[0], amounts: { '2027': 9e15 } }] } },
      'economy.lines[0].amounts["2027"]',
    ],
    [
      'a fraction of a krone',
      { economy: { ...good.economy, lines: [{ ...good.economy.lines[0], amounts: { '2027': 0.5 } }] } },
      'economy.lines[0].amounts["2027"]',
    ],
    ['a null in a list of tables', { kvantumTables: [null] }, 'kvantumTables[0]'],
    ['a NUL in the title', { title: 'Ny\u0000titel' }, 'title'],
    [
      'a lone surrogate in a section',
      { sections: [{ heading: 'Beskrivelse', text: 'x\uD800y' }] },
      'sections[0].text',
    ],
    ['an empty title', { title: '   ' }, 'title'],
    ['a title of 100.000 characters', { title: 'x'.repeat(100_000) }, 'title'],
  ])('refuses %s', (_what, patch, field) => {
    const r = refusal({ ...good, ...patch });
    expect(r?.field).toBe(field);
    expect(r?.message.startsWith(field)).toBe(true);
  });

  it('names the field inside an API body', () => {
    try {
      parseWith(proposalSaveBody, { basedOnVersion: 1, proposal: { ...good, kind: 'x' } }, 'Forespørgslen');
      expect.unreachable();
    } catch (e) {
      expect(isGevinstError(e) && e.field).toBe('proposal.kind');
    }
  });

  it('accepts every document the arbitraries make (the readers’ output stays inside the bounds)', () => {
    fc.assert(
      fc.property(documentArb({ maxLines: 5 }), (doc) => {
        expect(documentSchema.safeParse(JSON.parse(JSON.stringify(doc))).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
