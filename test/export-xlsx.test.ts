// Reads the generated workbook back with ExcelJS and re-evaluates every formula with a tiny
// evaluator (only what the exporter emits: SUM over ranges/lists, +, unary −, sheet references),
// then compares with the engine (deriveProposal) and with the catalog written out by hand.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveProposal } from '../src/core/derive.ts';
import { documentArb } from '../src/core/testing/arbitraries.ts';
import { catalogTables } from '../src/formats/export-view/index.ts';
import { exportXlsx } from '../src/formats/xlsx/index.ts';
import { sampleDocument } from './export-fixture.ts';

type Book = ExcelJS.Workbook;

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function evaluate(book: Book, sheet: string, formula: string, depth = 0): number {
  if (depth > 20) throw new Error('formula nesting too deep');
  const cellValue = (sh: string, col: number, row: number): number => {
    const ws = book.getWorksheet(sh);
    if (!ws) throw new Error(`no sheet ${sh}`);
    const v = ws.getCell(row, col).value;
    if (v === null || v === undefined) return 0;
    if (typeof v === 'number') return v;
    if (typeof v === 'object' && 'formula' in v) return evaluate(book, sh, v.formula ?? '', depth + 1);
    throw new Error(`non-numeric cell ${sh}!${col},${row}: ${JSON.stringify(v)}`);
  };
  const term = (t: string): number => {
    let s = t.trim();
    let sign = 1;
    while (s.startsWith('-')) {
      sign = -sign;
      s = s.slice(1);
    }
    if (/^\d+(\.\d+)?$/.test(s)) return sign * Number(s);
    const sum = /^SUM\((.*)\)$/.exec(s);
    if (sum) {
      let total = 0;
      for (const part of (sum[1] ?? '').split(',')) {
        const range = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(part);
        if (range) {
          for (let r = Number(range[2]); r <= Number(range[4]); r++)
            for (let c = colNumber(range[1] ?? ''); c <= colNumber(range[3] ?? ''); c++)
              total += cellValue(sheet, c, r);
        } else total += term(part);
      }
      return sign * total;
    }
    const m = /^(?:'((?:[^']|'')+)'!)?([A-Z]+)(\d+)$/.exec(s);
    if (!m) throw new Error(`formula not understood: ${t}`);
    const sh = m[1] ? m[1].replace(/''/g, "'") : sheet;
    return sign * cellValue(sh, colNumber(m[2] ?? ''), Number(m[3]));
  };
  // Top-level + only (the exporter never nests + inside SUM).
  return formula
    .split('+')
    .map(term)
    .reduce((a, b) => a + b, 0);
}

/** Back to whole kroner from a value in 1.000 kr. (the sheets' unit). */
const kr = (x: number) => Math.round(x * 1000);

const text = (v: ExcelJS.CellValue): string =>
  typeof v === 'string' || typeof v === 'number' ? String(v) : '';

describe('XLSX export', async () => {
  const doc = sampleDocument(12);
  const bytes = await exportXlsx(doc, { created: new Date('2026-01-01T00:00:00Z') });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );

  it('has the catalog sheets and one sheet per proposal', () => {
    const names = book.worksheets.map((w) => w.name);
    expect(names).toContain('Katalog');
    expect(names).toContain('Tabel 1');
    expect(names).toContain('Tabel 2');
    for (const p of doc.proposals) expect(names).toContain(p.ref);
  });

  it('every formula on a proposal sheet recomputes to the engine value', () => {
    let checked = 0;
    for (const p of doc.proposals) {
      const ws = book.getWorksheet(p.ref);
      const d = deriveProposal(p);
      if (!ws || !d) throw new Error('missing');
      const header = ws.getRow(7);
      const yearAt = new Map<number, string>();
      header.eachCell((c, col) => {
        if (typeof c.value === 'number') yearAt.set(col, String(c.value));
      });
      const expectedFor = (label: string, year: string): number | undefined => {
        if (label === 'Samlet varig ændring') return d.permanentChange[year];
        if (label === 'Samlede implementeringsomkostninger') return d.implementationCost[year];
        if (label === 'Samlet økonomisk påvirkning') return d.economicImpact[year];
        if (label === 'Samlet varig ændring, service') return d.permanentByArea.service?.[year];
        if (label === 'Samlet varig ændring, efterspørgselsstyrede overførsler')
          return d.permanentByArea.overfoersler?.[year];
        if (label === 'Samlede implementeringsomkostninger, service')
          return d.implementationByArea.service?.[year];
        if (label === 'Samlede implementeringsomkostninger, anlæg')
          return d.implementationByArea.anlaeg?.[year];
        if (label.startsWith('Samlet investering')) return d.investmentTotal;
        throw new Error(`unexpected formula row ${label}`);
      };
      ws.eachRow((row) => {
        const label = text(row.getCell(1).value);
        row.eachCell((c, col) => {
          const v = c.value;
          if (!v || typeof v !== 'object' || !('formula' in v)) return;
          const got = kr(evaluate(book, ws.name, v.formula ?? ''));
          const expected = expectedFor(label, yearAt.get(col) ?? '');
          expect(got, `${p.ref} ${label} col ${col}: ${v.formula}`).toBe(expected);
          expect(kr(v.result as number)).toBe(expected);
          checked++;
        });
      });
      // Blank stays blank: a year the engine has no total for has no formula.
      const eRow = ws.getColumn(1).values.findIndex((x) => x === 'Samlet varig ændring');
      for (const [col, y] of yearAt) {
        const has = ws.getCell(eRow, col).value !== null;
        expect(has, `${p.ref} ${y}`).toBe(d.permanentChange[y] !== undefined);
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('the live catalog recomputes to the engine catalog, which equals the hand-made one', () => {
    const ws = book.getWorksheet('Katalog');
    const engine = catalogTables(doc)[1];
    const hand = doc.catalog?.tables[1];
    const handTotal = doc.catalog?.tables[0]?.rows.find((r) => r.rowType === 'total');
    if (!ws || !engine || !hand || !handTotal) throw new Error('fixture');
    const colOf = new Map<string, number>();
    ws.getRow(4).eachCell((c, col) => colOf.set(text(c.value), col));
    let formulas = 0;
    engine.rows.forEach((row, i) => {
      const r = ws.getRow(5 + i);
      expect(text(r.getCell(2).value)).toBe(row.title);
      const handRow =
        row.rowType === 'total'
          ? handTotal
          : hand.rows.find((h) =>
              row.proposalRef
                ? h.proposalRef === row.proposalRef
                : h.rowType === 'committee' && h.title === row.title,
            );
      for (const y of engine.years) {
        const v = r.getCell(colOf.get(String(y)) ?? 0).value;
        const got =
          v && typeof v === 'object' && 'formula' in v
            ? kr(evaluate(book, 'Katalog', v.formula ?? ''))
            : undefined;
        if (got !== undefined) formulas++;
        expect(got, `${row.proposalRef ?? row.title} ${y}`).toBe(row.amounts[String(y)]);
        expect(got, `hand ${row.proposalRef ?? row.title} ${y}`).toBe(handRow?.amounts[String(y)]);
      }
      const inv = r.getCell(colOf.get('Samlet investering') ?? 0).value;
      const gotInv =
        inv && typeof inv === 'object' && 'formula' in inv
          ? kr(evaluate(book, 'Katalog', inv.formula ?? ''))
          : null;
      expect(gotInv, `${row.proposalRef ?? row.title} investering`).toBe(row.investment);
    });
    expect(formulas).toBeGreaterThan(50);
  });

  it('uses Danish-style number formats with a minus sign', () => {
    const ws = book.getWorksheet(doc.proposals[0]?.ref ?? '');
    const fmts = new Set<string>();
    ws?.eachRow(
      (row, r) =>
        r > 7 &&
        row.eachCell(
          (c) =>
            void (typeof c.value === 'number' ||
            (c.value && typeof c.value === 'object' && 'formula' in c.value)
              ? fmts.add(c.numFmt)
              : null),
        ),
    );
    expect([...fmts].every((f) => f.startsWith('#,##0') && f.includes(';-#,##0'))).toBe(true);
  });
});

describe('XLSX export, random documents (fast-check)', () => {
  it('every formula recomputes to the engine value the exporter cached, and the totals are the engine', async () => {
    await fc.assert(
      fc.asyncProperty(documentArb({ maxLines: 8 }), async (doc) => {
        const bytes = await exportXlsx(doc);
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(
          bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
        );
        for (const p of doc.proposals) {
          const ws = book.getWorksheet(p.ref);
          if (!ws) throw new Error(`no sheet ${p.ref}`);
          const d = deriveProposal(p);
          const yearAt = new Map<number, string>();
          ws.getRow(7).eachCell(
            (c, col) => void (typeof c.value === 'number' ? yearAt.set(col, String(c.value)) : null),
          );
          ws.eachRow((row) => {
            const label = text(row.getCell(1).value);
            row.eachCell((c, col) => {
              const v = c.value;
              if (!v || typeof v !== 'object' || !('formula' in v)) return;
              const got = kr(evaluate(book, ws.name, v.formula ?? ''));
              // exceljs writes no cached value for a result of 0 (it skips falsy results), and the
              // exporter writes none where every summed cell is blank: both read back as 0.
              const cached = v.result === undefined ? 0 : (v.result as number);
              expect(got, `${p.ref} ${label} ${v.formula}`).toBe(kr(cached));
              const y = yearAt.get(col) ?? '';
              if (label === 'Samlet varig ændring') expect(got).toBe(d?.permanentChange[y]);
              if (label === 'Samlede implementeringsomkostninger') expect(got).toBe(d?.implementationCost[y]);
              if (label === 'Samlet økonomisk påvirkning') expect(got).toBe(d?.economicImpact[y]);
            });
          });
        }
        const ws = book.getWorksheet('Katalog');
        ws?.eachRow((row, r) => {
          if (r <= 4) return;
          row.eachCell((c) => {
            const v = c.value;
            if (!v || typeof v !== 'object' || !('formula' in v) || v.result === undefined) return;
            expect(kr(evaluate(book, 'Katalog', v.formula ?? ''))).toBe(kr(v.result as number));
          });
        });
      }),
      { numRuns: 25 },
    );
  });
});
