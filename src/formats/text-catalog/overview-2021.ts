// Generation quirk, 2021 pool catalog: the overview before the proposals is no year table but a
// table in mio. kr. with the columns Udvalg | * (cross-cutting) | NR | Forslag | Investeringer
// Service, Anlæg | Effektivisering ved fuld indfasning Service, Overførsler mv. | Tilbagebetalingstid
// (år). With the grid kept its cells are read by position; printed as text a row prints only the
// cells that are not blank ("I alt 22,1 22,9 11,0 3,0"), and the numbers are read from the end:
// four amounts, then the payback where a fifth number stands.
import { tryParseAmount } from '../../core/amount.ts';
import { warning } from '../../core/messages/index.ts';
import type { AmountUnit, BudgetArea, CatalogRow, CatalogTable, Kroner, Warning } from '../../core/model.ts';
import { readUnitAndLevel, tableAt } from './grid.ts';
import { collapseLetterSpacing, isBlankText } from './letter-spacing.ts';
import { committeeId } from './names.ts';
import { cleanLine, hasCells, type SourceLine } from './reader.ts';
import { numberTokens } from './table-rows.ts';

/** The header line of the overview: "Mio. kr. 2021 p/l … Tilbagebetalingstid". */
function isOverviewHeader(line: SourceLine): boolean {
  return /mio\.?\s*kr/i.test(line.text) && /tilbagebetalingstid|investeringer/i.test(line.text);
}

/** The overview table before the first proposal (`stop`), or null when there is none. */
export function readOverview(
  lines: readonly SourceLine[],
  stop: number,
  warnings: Warning[],
): CatalogTable | null {
  const at = lines.findIndex((l, i) => i < stop && isOverviewHeader(l));
  if (at < 0) return null;
  const { unit: found, priceLevelYear } = readUnitAndLevel([cleanLine(lines[at]!)]);
  const unit = found ?? 'mio.kr';
  let titleLine = at - 1;
  while (titleLine > 0 && cleanLine(lines[titleLine]!) === '') titleLine--;
  const rows = hasCells(lines[at]!)
    ? gridRows(lines, at, stop, unit, warnings)
    : textRows(lines, at, stop, unit, warnings);
  return {
    name: 'Oversigt',
    title: cleanLine(lines[titleLine] ?? { n: 0, text: '' }),
    unit,
    priceLevelYear,
    years: [],
    rows,
    sourceLine: lines[at]!.n,
  };
}

interface Fields {
  udv: string;
  star: string;
  nr: string;
  title: string;
  amounts: [string, string, string, string];
  pay: string;
  n: number;
}

function gridRows(
  lines: readonly SourceLine[],
  at: number,
  stop: number,
  unit: AmountUnit,
  warnings: Warning[],
): CatalogRow[] {
  const table = tableAt(lines, at, stop);
  const out: CatalogRow[] = [];
  for (const row of table?.rows ?? []) {
    const c = row.cells;
    if (/^udvalg$/i.test(c[0] ?? '') || /mio\.?\s*kr/i.test(c[0] ?? '')) continue;
    const [udv = '', star = '', nr = '', title = '', a = '', b = '', e = '', f = '', pay = ''] = c;
    out.push(catalogRow({ udv, star, nr, title, amounts: [a, b, e, f], pay, n: row.n }, unit, warnings));
  }
  return out;
}

/** Rows printed as text, up to the first blank line after the rows or a line that is no row. */
function textRows(
  lines: readonly SourceLine[],
  at: number,
  stop: number,
  unit: AmountUnit,
  warnings: Warning[],
): CatalogRow[] {
  const out: CatalogRow[] = [];
  let seen = false;
  for (let i = at + 1; i < stop; i++) {
    const line = lines[i]!;
    if (isBlankText(line.text)) {
      if (seen) break;
      continue;
    }
    const text = collapseLetterSpacing(line.text);
    if (/^(udvalg\b|service\b|\*?tværgående)/i.test(text)) continue;
    const tokens = numberTokens(text, false);
    // The numbers at the end: amounts with a decimal comma ("5,6"), then maybe the payback ("6").
    let k = tokens.length;
    while (k > 0 && /^-?\d+(,\d+)?$/.test(tokens[k - 1]!.text)) k--;
    const numbers = tokens.slice(k).map((t) => t.text);
    const words = tokens.slice(0, k).map((t) => t.text);
    if (numbers.length < 4) {
      if (seen) break;
      continue;
    }
    seen = true;
    const total = /^i$/i.test(words[0] ?? '') && /^alt$/i.test(words[1] ?? '');
    const pay = numbers.length > 4 && !numbers[numbers.length - 1]!.includes(',') ? numbers.pop()! : '';
    if (numbers.length > 4) {
      warnings.push(
        warning('catalog-table.row-too-many-values', { title: words.join(' ') }, { sourceLine: line.n }),
      );
      numbers.splice(0, numbers.length - 4);
    }
    const [a = '', b = '', e = '', f = ''] = numbers;
    let rest = total ? [] : words;
    const udv = total ? 'I alt' : (rest[0] ?? '');
    rest = rest.slice(1);
    const star = rest[0] === '*' ? '*' : '';
    if (star) rest = rest.slice(1);
    const nr = /^BC\s*\d+$/i.test(rest[0] ?? '') ? rest[0]! : '';
    if (nr) rest = rest.slice(1);
    out.push(
      catalogRow(
        { udv, star, nr, title: rest.join(' '), amounts: [a, b, e, f], pay, n: line.n },
        unit,
        warnings,
      ),
    );
  }
  return out;
}

function catalogRow(r: Fields, unit: AmountUnit, warnings: Warning[]): CatalogRow {
  const total = /^i alt$/i.test(r.udv);
  const what = total ? 'I alt' : r.nr || r.title;
  const money = (cell: string, column: string): Kroner | null => {
    if (cell === '') return null;
    const v = tryParseAmount(cell, unit);
    if (typeof v === 'number') return v;
    warnings.push(
      warning('catalog-table.overview-cell-unreadable', { row: what, column, cell }, { sourceLine: r.n }),
    );
    return null;
  };
  const investmentByArea: Partial<Record<BudgetArea, Kroner>> = {};
  const fullEffectByArea: Partial<Record<BudgetArea, Kroner>> = {};
  const [a, b, e, f] = r.amounts;
  const invS = money(a, 'investering service');
  if (invS !== null) investmentByArea.service = invS;
  const invA = money(b, 'investering anlæg');
  if (invA !== null) investmentByArea.anlaeg = invA;
  const effS = money(e, 'effektivisering service');
  if (effS !== null) fullEffectByArea.service = effS;
  const effO = money(f, 'effektivisering overførsler');
  if (effO !== null) fullEffectByArea.overfoersler = effO;
  let payback: number | null = null;
  if (r.pay !== '') {
    const m = /^(\d+)/.exec(r.pay);
    if (m) payback = Number(m[1]);
    else
      warnings.push(
        warning('catalog-table.overview-payback-unreadable', { row: what, text: r.pay }, { sourceLine: r.n }),
      );
  }
  const committee = total ? '' : (committeeId(r.udv) ?? r.udv);
  if (!total && committeeId(r.udv) === null)
    warnings.push(warning('catalog-table.committee-unknown', { name: r.udv }, { sourceLine: r.n }));
  return {
    rowType: total ? 'total' : 'proposal',
    proposalRef: total ? null : r.nr.replace(/\s+/g, '') || null,
    title: total ? r.udv : r.title,
    committee,
    amounts: {},
    investment: null,
    approvedWith: null,
    investmentByArea,
    fullEffectByArea,
    payback,
    ...(total ? {} : { crossCutting: r.star.includes('*') }),
    sourceLine: r.n,
  };
}
