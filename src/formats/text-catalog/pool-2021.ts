// The 2021 pool format (domain.md §3): an overview in mio. kr. ("Forslag til investeringspuljen")
// followed by proposals that each start with the line INVESTERINGSFORSLAG and
// "Forslagets titel: BC01 …", with the technical annex tables 1.13–1.17.
import type { BudgetArea, CatalogRow, CatalogTable, Kroner, Proposal, Warning } from '../../core/model.ts';
import type { GenerationReader, GenerationResult, SourceLine } from './reader.ts';
import { committeeId } from './tab-table-names.ts';
import { readTabProposal } from './tab-table-proposal.ts';
import { amountCell, cleanLine, cleanText, readUnitAndLevel, tableAt } from './tab-table.ts';

const START = /^\s*INVESTERINGSFORSLAG\s*$/;
const TITLE = /^forslagets titel\s*:\s*(.*)$/i;

/** Technical annex tables by caption (their numbers drift: "Tabel 1.13", "Tabel 4", "Tabel."). */
export function annexId2021(title: string): string | null {
  const t = title.toLowerCase();
  if (/effektivisering samt varige driftsomkostninger/.test(t)) return '1.13';
  if (/målta\w*\s*effekt/.test(t)) return '1.14';
  if (/bevillingsmæssig effekt.*ikke/.test(t)) return '1.16';
  if (/bevillingsmæssig effekt/.test(t)) return '1.15';
  if (/fordeling af anlægsinvesteringer/.test(t)) return '1.17';
  return null;
}

function detect(lines: SourceLine[]): number {
  let start = false;
  let title = false;
  for (const l of lines.slice(0, 400)) {
    if (START.test(l.text)) start = true;
    if (TITLE.test(cleanLine(l))) title = true;
    if (start && title) return 0.9;
  }
  return 0;
}

/** The overview table in mio. kr. before the first proposal. */
function readOverview(lines: SourceLine[], stop: number, warnings: Warning[]): CatalogTable | null {
  const at = lines.findIndex(
    (l, i) => i < stop && /mio\.?\s*kr/i.test(l.text) && /tilbagebetalingstid/i.test(l.text),
  );
  if (at < 0) return null;
  const table = tableAt(lines, at, stop);
  if (!table) return null;
  const head = table.rows[0]!;
  const { unit: found, priceLevelYear } = readUnitAndLevel(head.cells);
  const unit = found ?? 'mio.kr';
  let titleLine = at - 1;
  while (titleLine > 0 && cleanLine(lines[titleLine]!) === '') titleLine--;
  const rows: CatalogRow[] = [];
  const money = (cell: string, n: number, what: string): Kroner | null =>
    amountCell(cell, unit, n, warnings, `Oversigten, ${what}`);
  for (const row of table.rows) {
    const c = row.cells;
    if (/^udvalg$/i.test(c[0] ?? '') || /mio\.?\s*kr/i.test(c[0] ?? '')) continue;
    const [udv = '', star = '', nr = '', title = '', invS = '', invA = '', effS = '', effO = '', pay = ''] =
      c;
    const total = /^i alt$/i.test(udv);
    const investmentByArea: Partial<Record<BudgetArea, Kroner>> = {};
    const fullEffectByArea: Partial<Record<BudgetArea, Kroner>> = {};
    const what = total ? 'I alt' : nr || title;
    const a = money(invS, row.n, `${what}, investering service`);
    if (a !== null) investmentByArea.service = a;
    const b = money(invA, row.n, `${what}, investering anlæg`);
    if (b !== null) investmentByArea.anlaeg = b;
    const e = money(effS, row.n, `${what}, effektivisering service`);
    if (e !== null) fullEffectByArea.service = e;
    const f = money(effO, row.n, `${what}, effektivisering overførsler`);
    if (f !== null) fullEffectByArea.overfoersler = f;
    let payback: number | null = null;
    if (pay !== '') {
      const m = /^(\d+)/.exec(pay);
      if (m) payback = Number(m[1]);
      else
        warnings.push({
          message: `Oversigten, ${what}: tilbagebetalingstiden "${pay}" kan ikke læses.`,
          sourceLine: row.n,
        });
    }
    const committee = total ? '' : (committeeId(udv) ?? udv);
    if (!total && committeeId(udv) === null)
      warnings.push({ message: `Oversigten: udvalget "${udv}" er ukendt.`, sourceLine: row.n });
    rows.push({
      rowType: total ? 'total' : 'proposal',
      proposalRef: total ? null : nr.replace(/\s+/g, '') || null,
      title: total ? udv : title,
      committee,
      amounts: {},
      investment: null,
      approvedWith: null,
      investmentByArea,
      fullEffectByArea,
      payback,
      ...(total ? {} : { crossCutting: star.includes('*') }),
      sourceLine: row.n,
    });
  }
  return {
    name: 'Oversigt',
    title: cleanText(lines[titleLine]?.text ?? ''),
    unit,
    priceLevelYear,
    years: [],
    rows,
    sourceLine: lines[at]!.n,
  };
}

function read(lines: SourceLine[]): GenerationResult {
  const warnings: Warning[] = [];
  const starts = lines.flatMap((l, i) => (START.test(l.text) ? [i] : []));
  const overview = readOverview(lines, starts[0] ?? lines.length, warnings);
  const proposals: Proposal[] = [];
  starts.forEach((start, k) => {
    const end = starts[k + 1] ?? lines.length;
    let ref = '';
    let title = '';
    for (let i = start + 1; i < Math.min(end, start + 6); i++) {
      const m = TITLE.exec(cleanLine(lines[i]!));
      if (!m) continue;
      const t = (m[1] ?? '').trim();
      const code = /^(BC\s*\d+)\s+(.*)$/i.exec(t);
      if (code) {
        // "BC 31" is "BC31" letter-spaced by the conversion.
        ref = (code[1] ?? '').replace(/\s+/g, '').toUpperCase();
        title = (code[2] ?? '').trim();
      } else {
        title = t;
      }
      break;
    }
    if (ref === '') {
      ref = `Forslag ${k + 1}`;
      warnings.push({
        message: `Forslaget har intet BC-nummer i "Forslagets titel"; det kaldes "${ref}".`,
        sourceLine: lines[start]!.n,
      });
    }
    // Trailing blank lines belong to nobody.
    let last = end;
    while (last > start + 1 && cleanLine(lines[last - 1]!) === '') last--;
    const p = readTabProposal(
      lines,
      { ref, title, kind: 'investering', start, end: last },
      annexId2021,
      warnings,
    );
    // The 2021 template has no partner table: its "Inddragelse af samarbejdspartnere" section says it.
    if (p.partners.length === 0) {
      const s = p.sections.find((x) => x.heading === 'Inddragelse af samarbejdspartnere');
      if (s && s.text !== '') p.partners = s.text.split('\n');
    }
    proposals.push(p);
  });
  const priceLevelYear =
    overview?.priceLevelYear ??
    proposals.find((p) => p.economy?.priceLevelYear)?.economy?.priceLevelYear ??
    null;
  return {
    priceLevelYear,
    catalog: overview ? { tables: [overview], rows: [...overview.rows] } : null,
    proposals,
    warnings,
  };
}

export const pool2021Reader: GenerationReader = { id: 'pool-2021', detect, read };
