import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath, parseCalcInput } from './input-schema.ts';
import { documentArb, proposalArb } from './testing/arbitraries.ts';

describe('parseCalcInput', () => {
  it('accepts every valid document and keeps its proposals intact (through JSON)', () => {
    fc.assert(
      fc.property(documentArb({ maxLines: 5 }), (doc) => {
        const parsed = parseCalcInput(JSON.parse(JSON.stringify(doc)));
        expect(parsed.shape).toBe('document');
        expect(parsed.proposals).toEqual(JSON.parse(JSON.stringify(doc.proposals)));
      }),
      { numRuns: 100 },
    );
  });

  it('tells a single proposal from a list', () => {
    fc.assert(
      fc.property(proposalArb({ maxLines: 3 }), (p) => {
        const json = JSON.parse(JSON.stringify(p)) as unknown;
        expect(parseCalcInput(json).shape).toBe('proposal');
        expect(parseCalcInput([json, json]).proposals).toHaveLength(2);
      }),
      { numRuns: 50 },
    );
  });

  it('fills the defaults the contract allows to be left out', () => {
    const { proposals } = parseCalcInput({
      ref: 'Forslag 1',
      kind: 'effektivisering',
      economy: { years: [2026], lines: [{ label: 'x', section: 'varig', amounts: {} }] },
    });
    const p = proposals[0];
    expect(p?.title).toBe('');
    expect(p?.followUp).toEqual([]);
    expect(p?.economy?.unit).toBe('t.kr');
    expect(p?.economy?.priceLevelYear).toBeNull();
    expect(p?.economy?.lines[0]?.budgetArea).toBeNull();
    expect(p?.economy?.lines[0]?.sourceLine).toBeNull();
    expect(p?.economy?.stated.paybackTotal).toBeNull();
  });

  it('names the field of the first problem in Danish', () => {
    expect(() =>
      parseCalcInput({ ref: 'F', kind: 'investering', economy: { years: ['2026'], lines: [] } }),
    ).toThrow('economy.years[0] skal være et årstal.');
    expect(() =>
      parseCalcInput({
        ref: 'F',
        kind: 'investering',
        economy: {
          years: [2026],
          lines: [{ label: 'x', section: 'varig', amounts: {}, grundinvestering: 'ja' }],
        },
      }),
    ).toThrow('economy.lines[0].grundinvestering skal være true eller false.');
    expect(() => parseCalcInput({ format: 'gevinst.document/1' })).toThrow('proposals mangler.');
  });
});

describe('formatPath', () => {
  it('writes paths the way people read them', () => {
    expect(formatPath(['proposals', 2, 'economy', 'lines', 4, 'amounts', '2026'])).toBe(
      'proposals[2].economy.lines[4].amounts["2026"]',
    );
    expect(formatPath([0, 'kind'])).toBe('[0].kind');
    expect(formatPath([])).toBe('');
  });
});
