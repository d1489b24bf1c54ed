// The economic table ("Forslagets samlede økonomiske konsekvenser") of the 2021 and 2025
// templates: item lines by section and budget area, and the totals and paybacks exactly as printed.
import type {
  BudgetArea,
  Economy,
  EconomyLine,
  StatedEconomy,
  Warning,
  YearAmounts,
} from '../../core/model.ts';
import { budgetAreaOf } from './tab-table-names.ts';
import { solveLooseRows, type PlacedEntry } from './tab-table-placement.ts';
import { findYearHeader, letterKey, placeRow, readUnitAndLevel, type Row } from './tab-table.ts';

/** True when a table's header names the budget-area column: the mark of the economic table. */
export function isEconomyTable(rows: Row[]): boolean {
  return rows.slice(0, 3).some((r) => r.cells.some((c) => letterKey(c).startsWith('styringsomr')));
}

type Kind = 'permanent' | 'implementation' | 'impact' | 'payback' | 'varigHeader' | 'implHeader' | 'item';

function kindOf(label: string): Kind {
  const k = letterKey(label);
  if (k.startsWith('tilbagebetalingstid')) return 'payback';
  if (/^samle(t|de)varig(e)?ændring/.test(k)) return 'permanent';
  if (/^samle(t|de)implementeringsomkostning/.test(k)) return 'implementation';
  if (k.startsWith('samletøkonomiskpåvirkning')) return 'impact';
  if (k.startsWith('varigeændringer')) return 'varigHeader';
  if (k.startsWith('implementeringsomkostninger')) return 'implHeader';
  return 'item';
}

interface Candidate {
  rest: string;
  area: BudgetArea | null;
  amounts: YearAmounts;
  n: number;
}

/** Splits "Samlet varig ændring, service" into its printed qualifier (", service"). */
function qualifier(label: string): string {
  const m =
    /^\s*samle(?:t|de)\s+(?:varig(?:e)?\s+ændring(?:er)?|implementeringsomkostning(?:er)?)\s*(.*)$/i.exec(
      label,
    );
  return (m?.[1] ?? '').trim();
}

const AREA_WORDS = new Set([
  'service',
  'anlæg',
  'anlaeg',
  'overførsler',
  'overførslermv',
  'efterspørgselsstyretindsats',
  'finansposter',
]);

/** The area of a qualifier that is nothing but an area word (", service"), else null (", service SOF"). */
function exactArea(q: string): BudgetArea | null {
  return AREA_WORDS.has(letterKey(q)) ? budgetAreaOf(q) : null;
}

function paybackYears(text: string): number | null {
  const m = /^(\d+)(?:[.,](\d+))?/.exec(text.trim());
  if (!m) return null;
  return Number(m[1]);
}

/**
 * Reads the economic table. `rows` is the table from `tableAt`; warnings get the source line of
 * whatever could not be read. Returns null when the table has no year header.
 */
export function readEconomyTable(rows: Row[], warnings: Warning[]): Economy | null {
  const header = findYearHeader(rows, warnings);
  if (!header) {
    warnings.push({
      message: 'Den økonomiske tabel har ingen række med årstal; tabellen er ikke læst.',
      sourceLine: rows[0]?.n ?? null,
    });
    return null;
  }
  const headRow = rows[header.rowIndex]!;
  const headTexts = rows.slice(0, header.rowIndex + 1).flatMap((r) => r.cells);
  const { unit: foundUnit, priceLevelYear } = readUnitAndLevel(headTexts);
  const unit = foundUnit ?? 't.kr';
  if (!foundUnit) {
    warnings.push({
      message: 'Den økonomiske tabel angiver ingen enhed; 1.000 kr. er antaget.',
      sourceLine: headRow.n,
    });
  }
  const areaCol = headRow.cells.findIndex((c) => letterKey(c).startsWith('styringsomr'));

  const lines: EconomyLine[] = [];
  const limbo: EconomyLine[] = [];
  const permanent: Candidate[] = [];
  const implementation: Candidate[] = [];
  const stated: StatedEconomy = {
    permanentChange: {},
    implementationCost: {},
    economicImpact: {},
    paybackService: null,
    paybackTotal: null,
    paybackServiceText: null,
    paybackTotalText: null,
    sourceLines: {},
  };
  let section: 'varig' | 'implementering' = 'varig';
  let afterPermanentTotal = false;
  let pendingLabel: { text: string; n: number } | null = null;
  let impactSeen = false;
  let carry: string | null = null;
  const seen: { amounts: YearAmounts; row: Row; label: string }[] = [];

  const body = rows.slice(header.rowIndex + 1);
  for (let r = 0; r < body.length; r++) {
    const row = body[r]!;
    let label = row.cells[0] ?? '';
    const areaCell = areaCol > 0 ? (row.cells[areaCol] ?? '') : '';
    const valueCells = row.cells.filter((c, i) => i > 0 && i !== areaCol && c !== '');
    const kindHere = kindOf(label);

    if (kindHere === 'payback') {
      readPayback(row, body[r + 1], label, stated, warnings);
      continue;
    }
    const next = body[r + 1];
    const nextHasOnlyValues =
      next !== undefined &&
      (next.cells[0] ?? '') === '' &&
      next.cells.some((c, i) => i > 0 && i !== areaCol && c !== '');
    if (label !== '' && valueCells.length === 0 && nextHasOnlyValues) {
      // The values come on a row of their own below the label ("Samlet økonomisk påvirkning").
      carry = pendingLabel ? `${pendingLabel.text} ${label}` : label;
      pendingLabel = null;
      continue;
    }
    if (label !== '' && valueCells.length === 0 && kindHere === 'item' && areaCell === '') {
      // A label wrapped over two rows: joined to the row that carries the values.
      pendingLabel = pendingLabel
        ? { text: `${pendingLabel.text} ${label}`, n: pendingLabel.n }
        : { text: label, n: row.n };
      continue;
    }
    if (label === '' && valueCells.length === 0) continue;
    if (label === '') {
      if (carry === null) {
        warnings.push({
          message: 'En række i den økonomiske tabel har tal men ingen tekst; den er ikke læst.',
          sourceLine: row.n,
        });
        continue;
      }
      label = carry;
      carry = null;
    }
    if (pendingLabel) {
      if (kindOf(pendingLabel.text) === 'item' && kindHere === 'item')
        label = `${pendingLabel.text} ${label}`;
      pendingLabel = null;
    }
    const kind = kindOf(label);
    const amounts = placeRow(row, header, unit, warnings, `Økonomisk tabel, "${label}"`);
    seen.push({ amounts, row, label });
    const hasValues = Object.keys(amounts).length > 0;

    if (kind === 'varigHeader' && !hasValues) {
      section = 'varig';
      continue;
    }
    if (kind === 'implHeader' && !hasValues) {
      section = 'implementering';
      if (limbo.length > 0) {
        for (const l of limbo) {
          l.outsideTotals = true;
          warnings.push({
            message: `Linjen "${l.label}" står efter "Samlet varig ændring" og før implementeringsomkostningerne; den er markeret som uden for de samlede tal.`,
            sourceLine: l.sourceLine,
          });
        }
        lines.push(...limbo);
        limbo.length = 0;
      }
      continue;
    }
    if (kind === 'permanent') {
      const q = qualifier(label);
      permanent.push({ rest: q, area: budgetAreaOf(areaCell), amounts, n: row.n });
      if (!q.startsWith(',')) afterPermanentTotal = true;
      continue;
    }
    if (kind === 'implementation') {
      implementation.push({ rest: qualifier(label), area: budgetAreaOf(areaCell), amounts, n: row.n });
      continue;
    }
    if (kind === 'impact') {
      if (impactSeen) {
        warnings.push({
          message: '"Samlet økonomisk påvirkning" står to gange; den første er brugt.',
          sourceLine: row.n,
        });
        continue;
      }
      impactSeen = true;
      stated.economicImpact = amounts;
      stated.sourceLines!.economicImpact = row.n;
      continue;
    }
    if (label === '') continue;
    if (areaCell !== '' && budgetAreaOf(areaCell) === null) {
      warnings.push({
        message: `Styringsområdet "${areaCell}" er ukendt; linjen "${label}" har intet styringsområde.`,
        sourceLine: row.n,
      });
    }
    const line: EconomyLine = {
      label,
      section,
      budgetArea: budgetAreaOf(areaCell),
      amounts,
      sourceLine: row.n,
    };
    if (/grundinvestering/i.test(label)) line.grundinvestering = true;
    if (afterPermanentTotal && section === 'varig') limbo.push(line);
    else lines.push(line);
  }
  if (limbo.length > 0) {
    // No "Implementeringsomkostninger" heading: the lines after the permanent total are the
    // implementation items (2025 file, Forslag 3).
    for (const l of limbo) l.section = 'implementering';
    lines.push(...limbo);
  }

  resolveStated(permanent, 'permanentChange', 'permanentByArea', stated, warnings);
  resolveStated(implementation, 'implementationCost', 'implementationByArea', stated, warnings);

  // Rows that lost their blank cells: place them against the stated sums (by object identity,
  // so the lines and stated rows above are updated in place).
  const entries: PlacedEntry[] = [];
  for (const r of seen) {
    const line = lines.find((l) => l.amounts === r.amounts);
    const areaOf = (byArea: Partial<Record<BudgetArea, YearAmounts>> | undefined): BudgetArea | null =>
      (Object.entries(byArea ?? {}).find(([, v]) => v === r.amounts)?.[0] as BudgetArea | undefined) ?? null;
    const base = { amounts: r.amounts, row: r.row, label: r.label };
    if (line)
      entries.push({
        ...base,
        role: 'item',
        section: line.section,
        area: line.budgetArea,
        outsideTotals: line.outsideTotals === true,
      });
    else if (r.amounts === stated.permanentChange) entries.push({ ...base, role: 'permanent' });
    else if (r.amounts === stated.implementationCost) entries.push({ ...base, role: 'implementation' });
    else if (r.amounts === stated.economicImpact) entries.push({ ...base, role: 'impact' });
    else if (areaOf(stated.permanentByArea))
      entries.push({ ...base, role: 'permanentArea', area: areaOf(stated.permanentByArea) });
    else if (areaOf(stated.implementationByArea))
      entries.push({ ...base, role: 'implementationArea', area: areaOf(stated.implementationByArea) });
  }
  solveLooseRows(entries, header, unit, areaCol > 0 ? [areaCol] : [], warnings);
  return { unit, priceLevelYear, years: header.years, lines, stated };
}

function resolveStated(
  candidates: Candidate[],
  totalKey: 'permanentChange' | 'implementationCost',
  areaKey: 'permanentByArea' | 'implementationByArea',
  stated: StatedEconomy,
  warnings: Warning[],
): void {
  const plain = candidates.filter((c) => !c.rest.startsWith(','));
  const total = plain[plain.length - 1];
  const byArea: Partial<Record<BudgetArea, YearAmounts>> = {};
  for (const c of candidates) {
    if (c === total) continue;
    const area = c.rest.startsWith(',') ? exactArea(c.rest.slice(1).trim()) : c.area;
    if (area && !byArea[area]) {
      byArea[area] = c.amounts;
      stated.sourceLines![`${areaKey}.${area}`] = c.n;
    } else {
      warnings.push({
        message: `Delsummen "${c.rest || 'uden område'}" er ikke en sum pr. styringsområde og er ikke gemt som angivet sum.`,
        sourceLine: c.n,
      });
    }
  }
  if (total) {
    stated[totalKey] = total.amounts;
    stated.sourceLines![totalKey] = total.n;
  }
  if (Object.keys(byArea).length > 0) stated[areaKey] = byArea;
}

function readPayback(
  row: Row,
  next: Row | undefined,
  label: string,
  stated: StatedEconomy,
  warnings: Warning[],
): void {
  const k = letterKey(label);
  let which: 'service' | 'total' | null = k.includes('service')
    ? 'service'
    : k.includes('total')
      ? 'total'
      : null;
  if (which === null) {
    const nextLabel = letterKey(next?.cells[0] ?? '');
    if (nextLabel.startsWith('total')) which = 'total';
    else if (nextLabel.startsWith('service')) which = 'service';
    else which = stated.paybackServiceText === null ? 'service' : 'total';
  }
  const text = row.cells.slice(1).find((c) => c !== '') ?? null;
  const years = text === null ? null : paybackYears(text);
  if (text !== null && years === null && !/ikke relevant/i.test(text)) {
    warnings.push({
      message: `Tilbagebetalingstiden "${text}" kan ikke læses som et antal år.`,
      sourceLine: row.n,
    });
  }
  if (which === 'service') {
    stated.paybackService = years;
    stated.paybackServiceText = text;
    stated.sourceLines!.paybackService = row.n;
  } else {
    stated.paybackTotal = years;
    stated.paybackTotalText = text;
    stated.sourceLines!.paybackTotal = row.n;
  }
}
