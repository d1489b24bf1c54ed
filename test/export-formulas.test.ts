// Text that a spreadsheet would run as a formula comes out inert in both CSVs (a leading
// apostrophe), amounts stay numbers, and the workbook keeps such text as text (never a formula).
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { GevinstDocument } from '../src/core/model.ts';
import { exportKvantumCsv } from '../src/formats/csv-kvantum/index.ts';
import { neutraliseFormula, parseCsv } from '../src/formats/export-view/csv.ts';
import { exportFlatCsv } from '../src/formats/open-data/index.ts';
import { exportXlsx } from '../src/formats/xlsx/index.ts';
import { sampleDocument } from './export-fixture.ts';

const HOSTILE = [
  '=HYPERLINK("http://example.invalid","klik")',
  '+1+1',
  '-2+3',
  '@SUM(1)',
  '\tfane',
  '\rretur',
];

function hostileDocument(): GevinstDocument {
  const doc = sampleDocument(2, 3);
  const p = doc.proposals[0]!;
  p.title = HOSTILE[0]!;
  p.economy!.lines[0]!.label = HOSTILE[1]!;
  p.economy!.lines[1]!.label = HOSTILE[3]!;
  p.kvantumTables = [
    {
      id: 'B',
      title: 'Bevillingsmæssig effekt – varig drift',
      unit: 't.kr',
      priceLevelYear: 2026,
      years: [2026],
      rows: [
        { label: HOSTILE[2]!, committee: HOSTILE[4]!, amounts: { '2026': -1895500 }, sourceLine: null },
        { label: HOSTILE[5]!, committee: 'ØU', amounts: { '2026': 1895500 }, sourceLine: null },
      ],
      sourceLine: null,
    },
  ];
  return doc;
}

/** Whether a spreadsheet would take this cell as the start of a formula. */
const runnable = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(,\d+)?$/.test(cell);

describe('formula neutralisation', () => {
  it('prefixes text that starts like a formula and leaves numbers and plain text alone', () => {
    for (const t of HOSTILE) expect(neutraliseFormula(t)).toBe(`'${t}`);
    expect(neutraliseFormula('-1895,5')).toBe('-1895,5');
    expect(neutraliseFormula('+12')).toBe('+12');
    expect(neutraliseFormula('Ny skole')).toBe('Ny skole');
    expect(neutraliseFormula('')).toBe('');
  });

  it('the open-data CSV holds no runnable cell, and the hostile text survives behind the apostrophe', () => {
    const rows = parseCsv(exportFlatCsv(hostileDocument()));
    const cells = rows.flat();
    expect(cells.filter(runnable)).toEqual([]);
    expect(cells).toContain(`'${HOSTILE[0]}`);
    expect(cells).toContain(`'${HOSTILE[1]}`);
    expect(cells).toContain(`'${HOSTILE[3]}`);
    // Amounts stay numbers, negative ones included.
    const amount = rows[0]!.indexOf('beloeb_kr');
    const amounts = rows
      .slice(1)
      .map((r) => r[amount]!)
      .filter((a) => a !== '');
    expect(amounts.some((a) => a.startsWith('-'))).toBe(true);
    expect(amounts.every((a) => /^-?\d+$/.test(a))).toBe(true);
  });

  it('the Kvantum CSV holds no runnable cell; its amounts stay Danish numbers', () => {
    const rows = parseCsv(exportKvantumCsv(hostileDocument()));
    const cells = rows.flat();
    expect(cells.filter(runnable)).toEqual([]);
    for (const t of [HOSTILE[0]!, HOSTILE[2]!, HOSTILE[4]!, HOSTILE[5]!]) expect(cells).toContain(`'${t}`);
    const year = rows[0]!.indexOf('2026');
    const tableB = rows.filter((r) => r[2] === 'B');
    expect(tableB.map((r) => r[year])).toEqual(['-1895,5', '1895,5']);
  });

  it('the workbook writes such text as text, never as a formula', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await exportXlsx(hostileDocument())) as unknown as ArrayBuffer);
    const found: { value: unknown; type: ExcelJS.ValueType }[] = [];
    book.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string' && HOSTILE.includes(cell.value))
            found.push({ value: cell.value, type: cell.type });
        }),
      ),
    );
    expect(found.map((f) => f.value)).toContain(HOSTILE[0]);
    expect(found.every((f) => f.type === ExcelJS.ValueType.String)).toBe(true);
  });
});
