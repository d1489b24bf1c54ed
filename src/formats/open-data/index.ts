// Open data: a round as `gevinst.document/1` JSON (the contract in ../shared/docs/cli-contract.md,
// with each proposal's `computed` filled in by the engine) and as one flat CSV, one amount a row,
// for spreadsheets and the city's data warehouse. Layout documented in docs/exports.md.

import { deriveProposal } from '../../core/derive.ts';
import type { GevinstDocument, Proposal, YearAmounts } from '../../core/model.ts';
import { renderCsv } from '../export-view/csv.ts';
import { AREA_LABEL } from '../export-view/index.ts';

/** The document with every proposal's computed economy from the engine; input is not modified. */
export function withComputed(doc: GevinstDocument): GevinstDocument {
  return { ...doc, proposals: doc.proposals.map((p) => ({ ...p, computed: deriveProposal(p) })) };
}

/** gevinst.document/1 as UTF-8 JSON (two-space indented, trailing newline). */
export function exportJson(doc: GevinstDocument): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(withComputed(doc), null, 2) + '\n');
}

export const FLAT_CSV_HEADER = [
  'raekketype',
  'forslag',
  'titel',
  'forslagstype',
  'forvaltning',
  'udvalg',
  'sektion',
  'styringsomraade',
  'linje',
  'aar',
  'beloeb_kr',
  'kildelinje',
] as const;

type Row = (string | number | null)[];

function yearRows(amounts: YearAmounts, prefix: Row, label: string, sourceLine: number | null): Row[] {
  return Object.keys(amounts)
    .sort()
    .map((y) => [...prefix, label, y, amounts[y] ?? null, sourceLine]);
}

function proposalRows(p: Proposal): Row[] {
  const rows: Row[] = [];
  const admin = p.presentingAdministrations.join(',');
  const base = (type: string, section: string, area: string): Row => [
    type,
    p.ref,
    p.title,
    p.kind,
    admin,
    '',
    section,
    area,
  ];
  if (p.economy) {
    for (const line of p.economy.lines) {
      const area = line.budgetArea ? AREA_LABEL[line.budgetArea] : '';
      rows.push(...yearRows(line.amounts, base('linje', line.section, area), line.label, line.sourceLine));
    }
    const d = deriveProposal(p);
    if (d) {
      rows.push(...yearRows(d.permanentChange, base('beregnet', 'varig', ''), 'Samlet varig ændring', null));
      rows.push(
        ...yearRows(
          d.implementationCost,
          base('beregnet', 'implementering', ''),
          'Samlede implementeringsomkostninger',
          null,
        ),
      );
      rows.push(...yearRows(d.economicImpact, base('beregnet', '', ''), 'Samlet økonomisk påvirkning', null));
      rows.push([
        ...base('beregnet', 'implementering', ''),
        'Samlet investering',
        '',
        d.investmentTotal,
        null,
      ]);
    }
    const s = p.economy.stated;
    const sl = s.sourceLines ?? {};
    rows.push(
      ...yearRows(
        s.permanentChange,
        base('angivet', 'varig', ''),
        'Samlet varig ændring',
        sl.permanentChange ?? null,
      ),
    );
    rows.push(
      ...yearRows(
        s.implementationCost,
        base('angivet', 'implementering', ''),
        'Samlede implementeringsomkostninger',
        sl.implementationCost ?? null,
      ),
    );
    rows.push(
      ...yearRows(
        s.economicImpact,
        base('angivet', '', ''),
        'Samlet økonomisk påvirkning',
        sl.economicImpact ?? null,
      ),
    );
  }
  if (p.requestedAmount !== null) {
    rows.push([
      ...base('linje', '', ''),
      'Ansøgt beløb (foranalyse)',
      '',
      p.requestedAmount,
      p.sourceLines[0] ?? null,
    ]);
  }
  return rows;
}

/**
 * Flat CSV: one amount a row. `raekketype` says where it comes from: "linje" (a line of the
 * economic table), "beregnet" (the engine), "angivet" (a total as the document prints it),
 * "katalog" (a catalog row, catalog signs: positive = saving). Amounts in whole kroner.
 */
export function exportFlatCsv(doc: GevinstDocument): Uint8Array {
  const rows: Row[] = [[...FLAT_CSV_HEADER]];
  for (const table of doc.catalog?.tables ?? []) {
    for (const r of table.rows) {
      const prefix: Row = [
        'katalog',
        r.proposalRef ?? '',
        r.title,
        r.rowType,
        '',
        r.committee,
        table.name,
        '',
      ];
      rows.push(...yearRows(r.amounts, prefix, r.title, r.sourceLine));
      if (r.investment !== null) rows.push([...prefix, 'Samlet investering', '', r.investment, r.sourceLine]);
    }
  }
  for (const p of doc.proposals) rows.push(...proposalRows(p));
  return renderCsv(rows);
}
