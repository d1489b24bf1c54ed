// Kvantum CSV: the technical tables A–E ("Tekniske tabeller til korrektioner i Kvantum") of every
// proposal, one row per table row (committee / budget unit), year columns in the table's unit, for
// the finance staff who key them into Kvantum. Layout documented in docs/exports.md.
//
// Where a proposal carries no Tabel A, the måltalseffekt row is taken from the engine's "Samlet
// varig ændring" (domain.md §4 rule 6: Σ Tabel A = Samlet varig ændring) and marked "afledt" so
// nobody mistakes it for a figure the proposal printed.

import { formatAmount } from '../../core/amount.ts';
import { deriveProposal } from '../../core/derive.ts';
import type { AmountTable, AmountUnit, GevinstDocument, Proposal } from '../../core/model.ts';
import { csvAmount, renderCsv } from '../export-view/csv.ts';

export const KVANTUM_TABLE_TITLES: Record<string, string> = {
  A: 'Tabel A. Måltalseffekt',
  B: 'Tabel B. Bevillingsmæssig effekt – varig drift',
  C: 'Tabel C. Bevillingsmæssig effekt (brutto)',
  D: 'Tabel D. Anlæg fordelt på udvalg',
  E: 'Tabel E. Serviceinvesteringer fordelt på udvalg',
};

export const KVANTUM_FIXED_COLUMNS = [
  'Forslag',
  'Titel',
  'Tabel',
  'Tabeltitel',
  'Udvalg',
  'Række',
  'Totalrække',
  'Kilde',
  'Enhed',
  'P/L',
] as const;

export interface KvantumOptions {
  /** "forslag" (default): proposal by proposal; "udvalg": grouped by committee, for keying per committee. */
  order?: 'forslag' | 'udvalg';
}

interface KvRow {
  p: Proposal;
  table: AmountTable;
  label: string;
  committee: string;
  isTotal: boolean;
  source: 'dokument' | 'afledt';
  amounts: Record<string, number>;
  order: number;
}

function unitName(unit: AmountUnit): string {
  return unit === 't.kr' ? '1.000 kr.' : unit === 'mio.kr' ? 'mio. kr.' : 'kr.';
}

function tablesOf(p: Proposal): { table: AmountTable; source: 'dokument' | 'afledt' }[] {
  const own = p.kvantumTables
    .filter((t) => /^[A-E]$/.test(t.id))
    .map((table) => ({ table, source: 'dokument' as const }));
  if (own.some((t) => t.table.id === 'A') || !p.economy) return own;
  const d = deriveProposal(p);
  if (!d || Object.keys(d.permanentChange).length === 0) return own;
  const derived: AmountTable = {
    id: 'A',
    title: KVANTUM_TABLE_TITLES.A ?? 'Tabel A',
    unit: p.economy.unit,
    priceLevelYear: p.economy.priceLevelYear,
    years: d.years,
    rows: [
      {
        label: 'Måltalseffekt (Samlet varig ændring)',
        committee: p.presentingAdministrations.join(', ') || null,
        amounts: d.permanentChange,
        sourceLine: null,
      },
    ],
    sourceLine: null,
  };
  return [{ table: derived, source: 'afledt' }, ...own];
}

export function exportKvantumCsv(doc: GevinstDocument, options: KvantumOptions = {}): Uint8Array {
  const rows: KvRow[] = [];
  let order = 0;
  for (const p of doc.proposals) {
    for (const { table, source } of tablesOf(p)) {
      for (const r of table.rows) {
        rows.push({
          p,
          table,
          label: r.label,
          committee: r.committee ?? '',
          isTotal: r.isTotal === true,
          source,
          amounts: r.amounts,
          order: order++,
        });
      }
    }
  }
  if (options.order === 'udvalg') {
    rows.sort(
      (a, b) =>
        a.committee.localeCompare(b.committee, 'da') ||
        a.table.id.localeCompare(b.table.id) ||
        a.order - b.order,
    );
  } else {
    rows.sort((a, b) => a.order - b.order);
  }
  const years = [...new Set(rows.flatMap((r) => Object.keys(r.amounts)))].sort();
  const out: (string | number | null)[][] = [[...KVANTUM_FIXED_COLUMNS, ...years]];
  for (const r of rows) {
    out.push([
      r.p.ref,
      r.p.title,
      r.table.id,
      KVANTUM_TABLE_TITLES[r.table.id] ?? r.table.title,
      r.committee,
      r.label,
      r.isTotal ? 'Ja' : 'Nej',
      r.source,
      unitName(r.table.unit),
      r.table.priceLevelYear,
      ...years.map((y) => {
        const v = r.amounts[y];
        return v === undefined ? '' : csvAmount(formatAmount(v, r.table.unit));
      }),
    ]);
  }
  return renderCsv(out);
}
