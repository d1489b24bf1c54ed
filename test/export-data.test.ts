// Open data (gevinst.document/1 JSON and the flat CSV) and the Kvantum CSV: read back what was
// written and compare with the input document and the engine.
import { describe, expect, it } from 'vitest';
import { parseAmount } from '../src/core/amount.ts';
import { deriveProposal } from '../src/core/derive.ts';
import { exportKvantumCsv, KVANTUM_FIXED_COLUMNS } from '../src/formats/csv-kvantum/index.ts';
import { parseCsv } from '../src/formats/export-view/csv.ts';
import { exportFlatCsv, exportJson, FLAT_CSV_HEADER } from '../src/formats/open-data/index.ts';
import { readDocumentJson } from '../src/formats/open-data/read-json.ts';
import { sampleDocument } from './export-fixture.ts';

const doc = sampleDocument(10, 2);

describe('open data JSON', () => {
  it('round-trips: every number comes back identical, and computed is the engine', () => {
    const back = readDocumentJson(new TextDecoder().decode(exportJson(doc)));
    expect(back.format).toBe('gevinst.document/1');
    expect(back.catalog).toEqual(doc.catalog);
    back.proposals.forEach((p, i) => {
      const { computed, ...rest } = p;
      expect(rest).toEqual(doc.proposals[i]);
      expect(computed).toEqual(JSON.parse(JSON.stringify(deriveProposal(doc.proposals[i]!))));
    });
  });

  it('rejects a wrong shape with a Danish message naming the field', () => {
    const bad = JSON.parse(new TextDecoder().decode(exportJson(doc))) as {
      proposals: { economy: { lines: { amounts: Record<string, unknown> }[] } }[];
    };
    bad.proposals[1]!.economy.lines[2]!.amounts['2027'] = '12';
    expect(() => readDocumentJson(JSON.stringify(bad))).toThrow(
      'proposals[1].economy.lines[2].amounts["2027"] skal være et helt antal kroner',
    );
    expect(() => readDocumentJson('{"format":"x"}')).toThrow('format skal være "gevinst.document/1"');
    expect(() => readDocumentJson('{')).toThrow(/ikke gyldig JSON/);
  });
});

describe('open data flat CSV', () => {
  const bytes = exportFlatCsv(doc);
  const rows = parseCsv(bytes);
  const col = (name: (typeof FLAT_CSV_HEADER)[number]) => FLAT_CSV_HEADER.indexOf(name);

  it('is UTF-8 with BOM, semicolon-separated, with the documented header', () => {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(rows[0]).toEqual([...FLAT_CSV_HEADER]);
    expect(rows.slice(1).every((r) => r.length === FLAT_CSV_HEADER.length)).toBe(true);
  });

  it('holds every line amount and the engine totals, in whole kroner', () => {
    for (const p of doc.proposals) {
      const mine = rows.filter((r) => r[col('forslag')] === p.ref);
      for (const l of p.economy?.lines ?? []) {
        const got: Record<string, number> = {};
        for (const r of mine.filter(
          (r) =>
            r[col('raekketype')] === 'linje' &&
            r[col('linje')] === l.label &&
            r[col('sektion')] === l.section,
        )) {
          got[r[col('aar')] ?? ''] = Number(r[col('beloeb_kr')]);
        }
        expect(got, `${p.ref} ${l.label}`).toEqual(l.amounts);
      }
      const d = deriveProposal(p);
      const total: Record<string, number> = {};
      for (const r of mine.filter(
        (r) => r[col('raekketype')] === 'beregnet' && r[col('linje')] === 'Samlet varig ændring',
      ))
        total[r[col('aar')] ?? ''] = Number(r[col('beloeb_kr')]);
      expect(total).toEqual(d?.permanentChange);
    }
  });
});

describe('Kvantum CSV', () => {
  const bytes = exportKvantumCsv(doc);
  const rows = parseCsv(bytes);
  const header = rows[0] ?? [];
  const years = header.slice(KVANTUM_FIXED_COLUMNS.length);

  it('has BOM, the documented fixed columns and year columns', () => {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(header.slice(0, KVANTUM_FIXED_COLUMNS.length)).toEqual([...KVANTUM_FIXED_COLUMNS]);
    expect(years.every((y) => /^\d{4}$/.test(y))).toBe(true);
  });

  it('gives each proposal its Tabel A (from the engine, marked afledt) and its own tables, exactly, with decimal comma', () => {
    let halves = 0;
    for (const p of doc.proposals) {
      const mine = rows.filter((r) => r[0] === p.ref);
      const a = mine.filter((r) => r[2] === 'A');
      expect(a).toHaveLength(1);
      expect(a[0]?.[7]).toBe('afledt');
      const d = deriveProposal(p);
      years.forEach((y, k) => {
        const cell = a[0]?.[KVANTUM_FIXED_COLUMNS.length + k] ?? '';
        if (cell.includes(',')) halves++;
        expect(cell === '' ? undefined : parseAmount(cell, 't.kr'), `${p.ref} ${y}`).toBe(
          d?.permanentChange[y],
        );
        expect(cell).not.toContain('.');
      });
      const b = mine.filter((r) => r[2] === 'B');
      expect(b.length).toBe(p.kvantumTables.find((t) => t.id === 'B')?.rows.length ?? 0);
      for (const r of b) expect(r[7]).toBe('dokument');
    }
    expect(halves).toBeGreaterThan(0);
  });

  it('can be ordered by committee', () => {
    const byCommittee = parseCsv(exportKvantumCsv(doc, { order: 'udvalg' }))
      .slice(1)
      .map((r) => r[4] ?? '');
    expect(byCommittee).toEqual([...byCommittee].sort((x, y) => x.localeCompare(y, 'da')));
  });
});
