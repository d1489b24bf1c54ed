// "Tabel 1. Forslagets samlede økonomiske konsekvenser" in the 2026 layout. Every row the table
// prints comes from the proposal: item lines from `economy.lines`, totals and paybacks from
// `economy.stated` exactly as stated (the writer never adds anything up). A blank cell cannot be
// shown in text, so a row prints only the years it has: the reader places them.
import { formatAmount, unitLabel } from '../../../core/amount.ts';
import type { BudgetArea, Economy, EconomyLine, ProposalKind, YearAmounts } from '../../../core/model.ts';
import type { Block } from './layout.ts';
import { AREA_CELL, IMPLEMENTATION_AREA_SUFFIX, PERMANENT_AREA_SUFFIX } from './names.ts';

export const PERMANENT_HEADING = 'Varige ændringer (effektiviseringer og drift)';
export const IMPLEMENTATION_HEADING = 'Implementeringsomkostninger (midler fra investeringspuljen)';

/** "1.000 kr. 2026 p/l". */
export function unitLine(economy: { unit: Economy['unit']; priceLevelYear: number | null }): string {
  const unit = unitLabel(economy.unit);
  const label = unit.charAt(0).toUpperCase() + unit.slice(1);
  return economy.priceLevelYear === null ? label : `${label} ${economy.priceLevelYear} p/l`;
}

/** The values of a row in column order, blanks left out. */
export function valueCells(
  amounts: YearAmounts | undefined,
  years: readonly number[],
  economy: Pick<Economy, 'unit'>,
): string[] {
  if (!amounts) return [];
  const cells: string[] = [];
  for (const y of years) {
    const v = amounts[String(y)];
    if (v !== undefined) cells.push(formatAmount(v, economy.unit));
  }
  return cells;
}

function itemRow(line: EconomyLine, economy: Economy): Block {
  const area = line.budgetArea ? [AREA_CELL[line.budgetArea]] : [];
  return {
    kind: 'row',
    label: line.label,
    cells: [...area, ...valueCells(line.amounts, economy.years, economy)],
  };
}

function statedRow(label: string, amounts: YearAmounts | undefined, economy: Economy): Block {
  return { kind: 'row', label, cells: valueCells(amounts, economy.years, economy), template: true };
}

function areaRows(
  prefix: string,
  suffixes: readonly [BudgetArea, string][],
  byArea: Partial<Record<BudgetArea, YearAmounts>> | undefined,
  economy: Economy,
): Block[] {
  if (!byArea) return [];
  const rows: Block[] = [];
  for (const [area, suffix] of suffixes) {
    const amounts = byArea[area];
    if (amounts !== undefined) rows.push(statedRow(`${prefix}, ${suffix}`, amounts, economy));
  }
  return rows;
}

function paybackCell(value: number | null, text: string | null | undefined): string {
  if (text !== undefined && text !== null && text.trim() !== '') return text;
  return value === null ? 'Ikke relevant' : String(value);
}

export function economyTableBlocks(economy: Economy, kind: ProposalKind): Block[] {
  const header = [unitLine(economy), `Styringsområde ${economy.years.join(' ')}`];
  const blocks: Block[] = [
    { kind: 'line', text: 'Tabel 1. Forslagets samlede økonomiske konsekvenser', template: true },
    { kind: 'blank' },
    { kind: 'line', text: header[0] ?? '', template: true },
    { kind: 'blank' },
    { kind: 'line', text: header[1] ?? '', template: true },
    { kind: 'blank' },
    { kind: 'tableStart', header },
    { kind: 'line', text: PERMANENT_HEADING, template: true },
    { kind: 'blank' },
  ];
  const { stated } = economy;
  for (const line of economy.lines) if (line.section === 'varig') blocks.push(itemRow(line, economy));
  blocks.push(...areaRows('Samlet varig ændring', PERMANENT_AREA_SUFFIX, stated.permanentByArea, economy));
  blocks.push(statedRow('Samlet varig ændring', stated.permanentChange, economy), { kind: 'blank' });

  const implementationLines = economy.lines.filter((l) => l.section === 'implementering');
  // Efficiency proposals have no implementation block and no payback (2026 template).
  if (kind !== 'effektivisering' || implementationLines.length > 0) {
    blocks.push({ kind: 'line', text: IMPLEMENTATION_HEADING, template: true }, { kind: 'blank' });
    for (const line of implementationLines) blocks.push(itemRow(line, economy));
    blocks.push(
      ...areaRows(
        'Samlede implementeringsomkostninger',
        IMPLEMENTATION_AREA_SUFFIX,
        stated.implementationByArea,
        economy,
      ),
    );
    blocks.push(statedRow('Samlede implementeringsomkostninger', stated.implementationCost, economy), {
      kind: 'blank',
    });
    blocks.push(statedRow('Samlet økonomisk påvirkning', stated.economicImpact, economy), { kind: 'blank' });
    blocks.push({ kind: 'tableEnd' });
    blocks.push(
      {
        kind: 'row',
        label: 'Tilbagebetalingstid baseret på serviceeffektivisering',
        cells: [paybackCell(stated.paybackService, stated.paybackServiceText)],
        template: true,
      },
      { kind: 'blank' },
      {
        kind: 'row',
        label: 'Tilbagebetalingstid baseret på totaløkonomi',
        cells: [paybackCell(stated.paybackTotal, stated.paybackTotalText)],
        template: true,
      },
      { kind: 'blank' },
    );
  } else {
    blocks.push({ kind: 'tableEnd' });
  }
  const pl = economy.priceLevelYear ?? '';
  blocks.push(
    {
      kind: 'para',
      text: `Noter til alle tabeller: Forslaget skal udarbejdes i ${pl} p/l, men forslag der udmøntes i overførselssagen udmøntes i ${typeof pl === 'number' ? pl - 1 : ''} p/l, mens forslag der udmøntes med budgettet udmøntes i ${pl} p/l.`,
    },
    { kind: 'blank' },
    { kind: 'line', text: 'Alle effektiviseringer er angivet med negativt fortegn (-).', template: true },
    { kind: 'blank' },
  );
  return blocks;
}
