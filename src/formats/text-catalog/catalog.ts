// The catalog before the first proposal: its tables found by their titles ("Tabel 1. …") and the
// 2021 overview, each read from its grid where the input kept one, else from its text.
import type { Catalog, CatalogTable, Warning } from '../../core/model.ts';
import { isCatalogGrid, readGridCatalogTable } from './catalog-grid.ts';
import { CATALOG_TABLE_TITLE, readCatalogTable } from './catalog-text.ts';
import { tableAt } from './grid.ts';
import { isBlankText, squashLine } from './letter-spacing.ts';
import { readOverview } from './overview-2021.ts';
import { cleanLine, hasCells, type SourceLine } from './reader.ts';

/** A catalog table's header printed as text: "Udvalg 2026 2027 …" or "… Effektiviseringsbidrag …". */
const TEXT_HEADER = /^udvalg\d{4}|effektiviseringsbidrag/;
/** How many lines after its title a catalog table's header may stand (unit line, blank lines). */
const HEADER_WITHIN = 8;

/** The catalog tables in lines [0, stop). */
export function readCatalog(
  lines: readonly SourceLine[],
  stop: number,
  warnings: Warning[],
): { catalog: Catalog | null; priceLevelYear: number | null } {
  const tables: CatalogTable[] = [];
  let priceLevelYear: number | null = null;
  const overview = readOverview(lines, stop, warnings);
  if (overview) {
    tables.push(overview);
    priceLevelYear = overview.priceLevelYear;
  }
  for (let i = 0; i < stop; i++) {
    const line = lines[i]!;
    if (hasCells(line)) continue;
    const sq = squashLine(line);
    if (!/^tabel\d+[.:]/.test(sq)) continue;
    // A grid within a few lines: a catalog table when its header says so.
    const grid = gridAfter(lines, i, stop);
    if (grid && isCatalogGrid(grid.rows)) {
      const above = lines.slice(i + 1, grid.start).map(cleanLine);
      const t = readGridCatalogTable(grid.rows, { text: cleanLine(line), n: line.n }, above, warnings);
      if (t) tables.push(t);
      priceLevelYear ??= t?.priceLevelYear ?? null;
      i = grid.end - 1;
      continue;
    }
    if (!CATALOG_TABLE_TITLE.test(sq) && !textHeaderAfter(lines, i, stop)) continue;
    const t = readCatalogTable(lines, i, stop);
    tables.push(t.table);
    warnings.push(...t.warnings);
    priceLevelYear ??= t.table.priceLevelYear;
    i = Math.max(i, t.end - 1);
  }
  const catalog = tables.length > 0 ? { tables, rows: tables.flatMap((t) => t.rows) } : null;
  return { catalog, priceLevelYear };
}

/** The grid that starts within a few lines after line i (only blank and short text lines between). */
function gridAfter(lines: readonly SourceLine[], i: number, stop: number) {
  let seen = 0;
  for (let j = i + 1; j < stop && seen < HEADER_WITHIN; j++) {
    const l = lines[j]!;
    if (hasCells(l)) return tableAt(lines, j, stop);
    if (isBlankText(l.text)) continue;
    if (/^tabel\d+[.:]/.test(squashLine(l))) return null;
    seen++;
  }
  return null;
}

function textHeaderAfter(lines: readonly SourceLine[], i: number, stop: number): boolean {
  for (let j = i + 1, seen = 0; j < stop && seen < HEADER_WITHIN; j++) {
    if (isBlankText(lines[j]!.text)) continue;
    if (TEXT_HEADER.test(squashLine(lines[j]!))) return true;
    seen++;
  }
  return false;
}
