// The 2021 pool catalog, checked against test/expectations/2021.json (written by reading the
// document) and against the document itself: every number on the line it names.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GevinstError } from '../src/core/errors.ts';
import { readTextCatalog } from '../src/formats/text-catalog/index.ts';
import { CORPUS_FILES, corpusFile } from './corpus.ts';
import expected from './expectations/2021.json' with { type: 'json' };
import {
  checkCatalogRows,
  checkProposals,
  numbersOnTheirLines,
  type ExpectedProposal,
} from './expectations/compare.ts';

const path = corpusFile(CORPUS_FILES.y2021);
const text = path ? readFileSync(path, 'utf8') : '';
const doc = path ? readTextCatalog(text, null) : null;

describe.skipIf(!path)('import of the 2021 pool catalog', () => {
  it("reads the document's price level", () => {
    expect(doc!.priceLevelYear).toBe(expected.priceLevelYear);
  });

  it('reads every overview row as printed', () => {
    const table = doc!.catalog!.tables[0]!;
    expect(table.unit).toBe(expected.catalog.unit);
    checkCatalogRows(doc!.catalog!.rows, expected.catalog.rows, 'mio.kr');
  });

  it('reads every proposal: ref, kind, Samlet varig ændring, implementation total, paybacks', () => {
    checkProposals(doc!, expected.proposals as ExpectedProposal[]);
  });

  it('invents no number: each one is printed on the line it names', () => {
    expect(numbersOnTheirLines(doc!, text.split('\n'))).toEqual([]);
  });

  it('gives every warning a source line', () => {
    for (const w of doc!.warnings) expect(w.sourceLine, w.message).toEqual(expect.any(Number));
  });

  it('keeps BC11 as printed where its rows do not add up (-3.529 vs -3.530)', () => {
    const e = doc!.proposals.find((p) => p.ref === 'BC11')!.economy!;
    const sum = e.lines
      .filter((l) => l.section === 'varig')
      .reduce((a, l) => a + (l.amounts['2022'] ?? 0), 0);
    expect(e.stated.permanentChange['2022']).toBe(-3_529_000);
    expect(sum).toBe(-3_530_000);
    expect(e.lines.filter((l) => l.budgetArea === 'overfoersler').map((l) => l.sourceLine)).toEqual([
      479, 480,
    ]);
  });

  it('reads the checkbox grid, consultation, risk level and follow-up of BC01', () => {
    const p = doc!.proposals.find((x) => x.ref === 'BC01')!;
    expect(p.presentingAdministrations).toEqual(['ØKF']);
    expect(
      p.affectedAdministrations
        .filter((a) => a.checked)
        .map((a) => a.administration)
        .sort(),
    ).toEqual(['BUF', 'SOF', 'TMF']);
    expect(p.affectedAdministrations).toHaveLength(7);
    expect(p.consultations[0]).toMatchObject({ answer: 'ja', date: '2020-05-28', sourceLine: 166 });
    expect(p.risk?.level).toBe('Lav');
    expect(p.followUp.map((f) => f.when)).toEqual(['2021', '1.1 2022']);
    expect(p.summary).toMatch(/^Belysningspakke 2d er fortsættelsen/);
  });

  it('reads the technical annex tables 1.13-1.17 with a committee per row', () => {
    const p = doc!.proposals.find((x) => x.ref === 'BC01')!;
    expect(p.kvantumTables.map((t) => t.id)).toEqual(['1.13', '1.14', '1.15', '1.16', '1.17']);
    const t14 = p.kvantumTables.find((t) => t.id === '1.14')!;
    expect(t14.rows.find((r) => r.committee === 'BUU')?.amounts['2022']).toBe(-766_000);
    expect(t14.rows.find((r) => r.isTotal)?.amounts['2021']).toBe(-517_000);
    const t17 = p.kvantumTables.find((t) => t.id === '1.17')!;
    expect(t17.rows[0]).toMatchObject({ committee: 'ØU', amounts: { '2021': 5_580_000 }, sourceLine: 267 });
    // BC03 numbers its annex "Tabel 4"/"Tabel 5": matched by caption, not by number.
    const bc03 = doc!.proposals.find((x) => x.ref === 'BC03')!;
    expect(bc03.kvantumTables.map((t) => t.id)).toEqual(['1.13', '1.17']);
    expect(bc03.administrationEffect?.rows.find((r) => r.isTotal)?.amounts['2021']).toBe(-750_000);
  });

  it('takes values printed on the line after their label (BC31 line 1730)', () => {
    const e = doc!.proposals.find((p) => p.ref === 'BC31')!.economy!;
    expect(e.stated.sourceLines?.economicImpact).toBe(1730);
    expect(e.stated.economicImpact['2021']).toBe(8_594_000);
  });

  it('finds the sections by heading name whatever their number', () => {
    for (const p of doc!.proposals) {
      const headings = p.sections.map((s) => s.heading);
      expect(headings, p.ref).toContain('Risikovurdering');
      expect(headings, p.ref).toContain('Baggrund og formål');
    }
  });

  // A truncated or damaged catalog gives a partial result with warnings, or a Danish ImportError;
  // never a crash, never a number that is not on its line.
  it('reads any truncated or line-shuffled copy without crashing (property)', () => {
    const all = text.split('\n');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: all.length }),
        fc.integer({ min: 0, max: all.length }),
        (cut, drop) => {
          const damaged = all.slice(0, cut).filter((_, i) => i !== drop);
          let result;
          try {
            result = readTextCatalog(damaged.join('\n'), null);
          } catch (e) {
            expect(e).toBeInstanceOf(GevinstError);
            return;
          }
          expect(numbersOnTheirLines(result, damaged)).toEqual([]);
          for (const w of result.warnings) expect(typeof w.sourceLine).toBe('number');
        },
      ),
      { numRuns: 40 },
    );
  });
});
