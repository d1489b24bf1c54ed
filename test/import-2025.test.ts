// The 2025 cross-cutting catalog, checked against test/expectations/2025.json (written by reading
// the document) and against the document itself: every number on the line it names.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GevinstError } from '../src/core/errors.ts';
import { catalogDecisions } from '../src/formats/import.ts';
import { readTextCatalog } from '../src/formats/text-catalog/index.ts';
import { CORPUS_FILES, corpusFile } from './corpus.ts';
import expected from './expectations/2025.json' with { type: 'json' };
import {
  checkCatalogRows,
  checkProposals,
  numbersOnTheirLines,
  type ExpectedProposal,
} from './expectations/compare.ts';

const path = corpusFile(CORPUS_FILES.y2025);
const text = path ? readFileSync(path, 'utf8') : '';
const doc = path ? readTextCatalog(text, null) : null;
const proposal = (ref: string) => doc!.proposals.find((p) => p.ref === ref)!;
const warned = (line: number, code: string) =>
  doc!.warnings.some((w) => w.sourceLine === line && w.code === code);

describe.skipIf(!path)('import of the 2025 cross-cutting catalog', () => {
  it("reads the document's price level", () => {
    expect(doc!.priceLevelYear).toBe(expected.priceLevelYear);
  });

  it('reads Tabel 1 and Tabel 2 with committee group rows, "-" investment and footnote mark', () => {
    const tables = doc!.catalog!.tables;
    expect(tables.map((t) => ({ name: t.name, line: t.sourceLine, years: t.years }))).toEqual(
      expected.catalog.tables,
    );
    checkCatalogRows(doc!.catalog!.rows, expected.catalog.rows, 't.kr');
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

  it('links Tabel 1\'s "1" and "2" to BC01 and BC02 and gives each proposal the decision its row prints', () => {
    const row = doc!.catalog!.rows.find((r) => r.sourceLine === 16)!;
    expect([row.proposalRef, row.printedRef]).toEqual(['BC01', '1']);
    expect(doc!.warnings.some((w) => w.code === 'catalog-table.row-linked' && w.proposalRef === 'BC01')).toBe(
      true,
    );
    const decisions = catalogDecisions(doc!);
    expect(decisions.find((d) => d.ref === 'BC01')).toEqual({
      ref: 'BC01',
      approvedWith: 'Budget 2025',
      sourceLine: 16,
    });
    expect(decisions.find((d) => d.ref === 'Forslag 2')?.approvedWith).toBe('OFS 23-24');
  });

  it('reports catalog and proposal as printed where they disagree (1.144 vs 1.474)', () => {
    const row = doc!.catalog!.rows.find((r) => r.sourceLine === 16)!;
    expect(row.amounts['2027']).toBe(1_144_000);
    expect(proposal('BC01').economy!.stated.permanentChange['2027']).toBe(-1_474_000);
  });

  it('reads BC01: checkbox grid without heading, lost innovation choice, follow-up groups, Kvantum A and D', () => {
    const p = proposal('BC01');
    expect(p.affectedAdministrations.filter((a) => a.checked)).toHaveLength(7);
    expect(p.innovationOrigin).toBeNull();
    expect(warned(75, 'checkbox.lost')).toBe(true);
    expect(p.followUp.map((f) => f.group)).toEqual([
      ...Array<string>(3).fill('Implementering og anvendelse af investeringsmidler'),
      ...Array<string>(3).fill('Realisering af effektiviseringer'),
    ]);
    expect(p.followUp[0]).toMatchObject({
      when: 'Tredje kvartal 2025',
      responsible: 'Koncernservice (projektejer)',
      sourceLine: 192,
    });
    expect(p.kvantumTables.map((t) => t.id)).toEqual(['A', 'D']);
    const a = p.kvantumTables[0]!;
    expect(a.priceLevelYear).toBe(2025);
    expect(a.rows.find((r) => r.label.startsWith('Sundheds- og Om-sorgsudvalget'))).toMatchObject({
      committee: 'SUU',
      amounts: { '2026': -30_000 },
    });
    expect(p.consultations.map((c) => [c.body, c.answer])).toEqual([
      ['Center for Økonomi, Økonomiforvaltningen', 'ja'],
      ['IT-kredsen', 'nej'],
      ['Koncern-IT', 'nej'],
      ['HR-kredsen', 'ja'],
    ]);
    expect(p.economy!.stated.permanentByArea?.service?.['2027']).toBe(-1_474_000);
    expect(p.economy!.stated.implementationByArea?.anlaeg?.['2026']).toBe(2_250_000);
    expect(
      p.detailTables?.find((t) => t.id === 'fordeling')?.rows.find((r) => r.isTotal)?.amounts['2025'],
    ).toBe(1_703_000);
  });

  it('reads Forslag 3 implementation lines that have no heading row', () => {
    const e = proposal('Forslag 3').economy!;
    expect(e.priceLevelYear).toBe(2024);
    expect(e.lines.filter((l) => l.section === 'implementering').map((l) => l.sourceLine)).toEqual([
      949, 950, 951, 952, 953,
    ]);
    expect(warned(946, 'economy.subtotal-not-by-area')).toBe(true);
  });

  it('marks the Forslag 5 indkøb line as outside the totals, with a warning', () => {
    const e = proposal('Forslag 5').economy!;
    const line = e.lines.find((l) => l.sourceLine === 1399)!;
    expect(line).toMatchObject({ label: 'Indkøbs effektiviseringer', section: 'varig', outsideTotals: true });
    expect(warned(1399, 'economy.line-outside-totals')).toBe(true);
  });

  it('places a Kvantum row that lost a cell, and says it guessed', () => {
    const a = proposal('Forslag 5').kvantumTables.find((t) => t.id === 'A')!;
    expect(a.rows.find((r) => r.sourceLine === 1476)?.amounts).toEqual({
      '2024': 0,
      '2025': -516_000,
      '2026': -1_032_000,
      '2027': -1_032_000,
      '2028': -1_032_000,
      '2029': -1_032_000,
    });
    expect(warned(1476, 'table.row-in-order')).toBe(true);
  });

  it('reads "--43.142" and a two-area table without subtotal rows (Forslag 7)', () => {
    const e = proposal('Forslag 7').economy!;
    expect(e.lines.map((l) => [l.budgetArea, l.amounts['2028']])).toEqual([
      ['service', -43_142_000],
      ['efterspoergselsstyret', -422_000],
    ]);
  });

  it('reads administrations whose boxes were lost (Forslag 4) and named in prose (Forslag 2)', () => {
    expect(proposal('Forslag 4').presentingAdministrations).toEqual(['TMF', 'ØKF']);
    expect(proposal('Forslag 4').affectedAdministrations).toHaveLength(7);
    expect(warned(1048, 'affected.boxes-lost')).toBe(true);
    expect(proposal('Forslag 2').affectedAdministrations).toEqual([
      { administration: 'SOF', checked: true },
      { administration: 'BIF', checked: true },
    ]);
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
