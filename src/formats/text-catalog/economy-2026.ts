// The economic table of a 2026-generation proposal ("Tabel 1. Forslagets samlede økonomiske
// konsekvenser"): unit and price level, year columns from the header, every line with its section
// and budget area, the printed subtotals and both paybacks. Rows with fewer values than columns are
// placed against the printed subtotals (placement.ts); whatever cannot be settled is a warning.
import { detectUnit, unitExponent } from '../../core/amount.ts';
import type {
  AmountUnit,
  BudgetArea,
  Economy,
  EconomyLine,
  Section,
  StatedEconomy,
  Warning,
  YearAmounts,
} from '../../core/model.ts';
import { bannerAt } from './banners.ts';
import {
  collapsedLine,
  isBlankText,
  isWhitespace,
  joinWrapped,
  squash,
  squashLine,
} from './letter-spacing.ts';
import { placeRows, type PlaceRow, type SumConstraint } from './placement.ts';
import type { SourceLine } from './reader.ts';
import { splitRow, yearsOf, type ValueCell } from './table-rows.ts';
import { chooseReadings, otherReadings } from './value-readings.ts';

export const ECONOMY_TITLE = /^tabel\d+[.:]?forslagetssamledeøkonomiskekonsekvenser/;

/** Lines that end the economic table. */
const END =
  /^(noter|allebesparelser|alleeffektiviseringer|\d\.(implementering|opfølgning|risikovurdering|effektiviseringpå|hvemerhørt)|tabel\d+[.:]?(opfølgningsmål|varigeændringer|omkostninger|godkendelse|inddragede)|administrativ(e)?bilag|forslag\d+)/;

type RowKind =
  | 'item'
  | 'heading'
  | 'permanentArea'
  | 'permanentTotal'
  | 'group'
  | 'implementationArea'
  | 'implementationTotal'
  | 'impact'
  | 'paybackService'
  | 'paybackTotal';

interface RawRow {
  label: string;
  parts: string[];
  cells: ValueCell[];
  /** Other readings of ambiguous single digits ("1 0": 10, or 1 and 0), for the subtotals to decide. */
  readings?: ValueCell[][];
  sourceLine: number;
  section: Section | null;
  /** Set for section headers met before the row: items after "Tværkommunal grundinvestering". */
  grundinvestering: boolean;
}

const AREA_WORDS: [string, BudgetArea][] = [
  ['efterspørgselsstyredeoverførsler', 'overfoersler'],
  ['efterspørgselsstyretindsats', 'efterspoergselsstyret'],
  ['overførsler', 'overfoersler'],
  ['finansposter', 'finansposter'],
  ['service', 'service'],
  ['anlæg', 'anlaeg'],
  ['drift', 'service'],
];

/** Area words as they may be printed at the end of a label: letter-spaced or hyphen-broken. */
const AREA_SUFFIX: [RegExp, string, BudgetArea][] = AREA_WORDS.map(([word, area]) => [
  new RegExp(
    `(^|\\s)${[...word].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s-]*')}\\s*$`,
    'i',
  ),
  word,
  area,
]);

/** The budget area word a label ends with ("… Service", "… Anlæg"), and the label without it. */
function trailingArea(label: string): { area: BudgetArea | null; word: string | null; rest: string } {
  // Each pattern is anchored at the end, so a regex would try every position of the label: test
  // the last character first (all area words end in an ASCII letter, matched in either case).
  let end = label.length - 1;
  while (end >= 0 && isWhitespace(label.charCodeAt(end))) end--;
  const last = label.charAt(end);
  for (const [re, word, area] of AREA_SUFFIX) {
    const wordLast = word.charAt(word.length - 1);
    if (last !== wordLast && last !== wordLast.toUpperCase()) continue;
    const m = re.exec(label);
    if (!m || m.index === 0) continue;
    const trimmed = label.slice(0, m.index).trim();
    // "…, service" is part of a subtotal's name, not the area column.
    if (trimmed.endsWith(',') || trimmed === '') return { area: null, word: null, rest: label };
    return { area, word, rest: trimmed };
  }
  return { area: null, word: null, rest: label };
}

// \p{…} patterns as module constants (see letter-spacing.ts: inside a function tsx rebuilds them per call).
const HYPHEN_IN_WORD = /(\p{Ll})-(\p{Ll})/gu;
const STARTS_LOWER_OR_PAREN = /^[\p{Ll}(]/u;

/** The area a subtotal's name ends with ("…, service"). */
function areaAfterComma(s: string): BudgetArea | null {
  for (const [word, area] of AREA_WORDS) if (s.startsWith(word)) return area;
  return null;
}

function classify(label: string): { kind: RowKind; area: BudgetArea | null } {
  // Hyphenation breaks left inside a word ("omkostnin-ger") do not change what a label names.
  const squashed = squash(label);
  const sq = squashed.includes('-') ? squashed.replace(HYPHEN_IN_WORD, '$1$2') : squashed;
  let m = /^samletvarigændring,(.*)$/.exec(sq);
  if (m) return { kind: 'permanentArea', area: areaAfterComma(m[1] ?? '') };
  if (/^samlet(varigændring|nettoeffektivisering)/.test(sq)) return { kind: 'permanentTotal', area: null };
  if (/^(samlet(brutto|nye)|samledenye)/.test(sq)) return { kind: 'group', area: null };
  m = /^samledeimplementeringsomkostninger,(.*)$/.exec(sq);
  if (m) return { kind: 'implementationArea', area: areaAfterComma(m[1] ?? '') };
  if (/^samledeimplementeringsomkostninger/.test(sq)) return { kind: 'implementationTotal', area: null };
  if (/^samletøkonomiskpåvirkning/.test(sq)) return { kind: 'impact', area: null };
  if (/^tilbagebetalingstid/.test(sq)) {
    return { kind: /totaløkonomi/.test(sq) ? 'paybackTotal' : 'paybackService', area: null };
  }
  return { kind: 'item', area: null };
}

const VARIG_HEADING = /^varigeændringer(\(|1\.?000|$)/;
const IMPLEMENTATION_HEADING = /^implementeringsomkostninger\(/;
const STARTS_NEW =
  /^(samlet|samlede|tilbagebetalingstid|varigeændringer(\(|1\.?000|$)|implementeringsomkostninger\()/;
const CONTINUE_AFTER = /(-|,|\b(af|og|i|til|på|for|med|samt|ved|hos|vedr\.|herunder|eller|om|fra|\d))$/;

const AREA_LINE =
  /^(service|anlæg|drift|ser-|vice|overførsler|finansposter|efterspørgselsstyret(indsats)?|efterspørgselsstyrede(overførsler)?)$/;

/** Whether a line continues the pending (wrapped) label, whose last line is `prev`, rather than starting a new row. */
function continues(prev: string, firstSquashed: string, sq: string, label: string): boolean {
  if (STARTS_NEW.test(sq)) return false;
  if (AREA_LINE.test(squash(label))) return true;
  if (/^tilbagebetalingstid/.test(firstSquashed)) return true;
  return CONTINUE_AFTER.test(prev) || STARTS_LOWER_OR_PAREN.test(label);
}

export interface EconomyParse {
  economy: Economy | null;
  warnings: Warning[];
  /** Index (into the lines) just after the table. */
  end: number;
}

function pl(sq: string): number | null {
  const m = /(\d{4})p\/l/.exec(sq);
  return m ? Number(m[1]) : null;
}

/** Reads the economic table whose title is at lines[start]. Stops at the notes or next section. */
export function readEconomy(lines: readonly SourceLine[], start: number, stop: number): EconomyParse {
  const warnings: Warning[] = [];
  const warn = (message: string, sourceLine: number | null) => warnings.push({ message, sourceLine });
  const titleLine = lines[start]!.n;
  let unit: AmountUnit | null = null;
  let priceLevelYear: number | null = null;
  let years: number[] | null = null;
  let section: Section | null = null;
  let grund = false;
  const rows: RawRow[] = [];
  // A wrapped label: its lines' texts and, for the cached squash and collapse, the lines themselves.
  let pending: { parts: string[]; lines: SourceLine[]; first: number } | null = null;
  const pendingLast = (p: { lines: SourceLine[] }) => collapsedLine(p.lines[p.lines.length - 1]!);
  const pendingFirst = (p: { lines: SourceLine[] }) => squashLine(p.lines[0]!);
  let unitLine: string | null = null;
  let i = start + 1;

  const flush = () => {
    if (!pending) return;
    const label = joinWrapped(pending.parts);
    rows.push({
      label,
      parts: pending.parts,
      cells: [],
      sourceLine: pending.first,
      section,
      grundinvestering: grund,
    });
    pending = null;
  };

  for (; i < stop; i++) {
    const line = lines[i]!;
    const banner = bannerAt(lines, i);
    if (banner) {
      i += banner.lines - 1;
      continue;
    }
    const text = line.text;
    const sq = squashLine(line);
    if (sq === '') continue;
    if (END.test(sq)) break;
    if (ECONOMY_TITLE.test(sq)) continue; // the title printed twice
    // The unit line repeated over the table after a page break: nothing new.
    if (unitLine !== null && sq === unitLine) continue;
    if (
      unit === null &&
      /kr/.test(sq) &&
      detectUnit(sq) !== null &&
      !/\d{3,}kr/.test(sq.replace(/1\.?000kr/, ''))
    ) {
      unit = detectUnit(sq);
      unitLine = sq;
      priceLevelYear = pl(sq);
      if (VARIG_HEADING.test(sq)) section = 'varig';
      continue;
    }
    // Year headers: the first one, or a repeat after a page break (a line starting with a year).
    // "Styringsområde 2025 2026 …" repeated after a page break is a header too, not a row.
    const ys: number[] | null =
      years === null || /^\d{4}/.test(sq)
        ? (yearsOf(text) ?? headerYears(text))
        : /^styringsområde\d{4}/.test(sq)
          ? headerYears(text)
          : null;
    if (ys) {
      if (years === null) years = ys;
      else if (ys.join() !== years.join())
        warn(`Tabellen gentager årskolonnerne med andre år (${ys.join(', ')}); de første bruges.`, line.n);
      continue;
    }
    if (years === null) continue; // "Styrings-/område" and other header fragments
    if (VARIG_HEADING.test(sq)) {
      flush();
      section = 'varig';
      grund = false;
      continue;
    }
    if (IMPLEMENTATION_HEADING.test(sq)) {
      flush();
      section = 'implementering';
      grund = false;
      continue;
    }
    const split = splitRow(text, unit ?? 't.kr');
    if (split.values.length === 0) {
      if (pending) {
        // Only the last wrapped line decides, so a long run of text lines stays linear.
        const cont = continues(pendingLast(pending), pendingFirst(pending), sq, split.label);
        if (cont) {
          pending.parts.push(text);
          pending.lines.push(line);
          continue;
        }
        flush();
      }
      pending = { parts: [text], lines: [line], first: line.n };
      continue;
    }
    // A lone number whose next line is a value row continues the label ("… Kapelvej" / "34").
    if (split.label === '' && split.values.length === 1 && pending) {
      const next = nextNonBlank(lines, i + 1, stop);
      const nextSplit = next ? splitRow(next.text, unit ?? 't.kr') : null;
      if (nextSplit && nextSplit.label === '' && nextSplit.values.length > 1) {
        pending.parts.push(text);
        pending.lines.push(line);
        continue;
      }
    }
    // A pending heading ("Varige effekter i …", "Tværkommunal grundinvestering") stands alone.
    if (
      pending &&
      split.label !== '' &&
      !continues(pendingLast(pending), pendingFirst(pending), sq, split.label)
    )
      flush();
    const parts = pending ? [...pending.parts, split.label] : [split.label];
    const first = pending ? pending.first : line.n;
    pending = null;
    const label = joinWrapped(parts);
    const readings = otherReadings(text, unit ?? 't.kr', split.values, years.length);
    rows.push({
      label,
      parts,
      cells: split.values,
      ...(readings.length > 0 ? { readings } : {}),
      sourceLine: line.n,
      section,
      grundinvestering: grund,
    });
    void first;
    // Section changes that a row implies.
    const kind = classify(label).kind;
    if (kind === 'permanentTotal' && section !== 'implementering') section = 'varig-after-total' as Section;
  }
  flush();

  if (years === null) {
    warn('Økonomitabellen har ingen læsbar række med årstal; tabellen er ikke læst.', titleLine);
    return { economy: null, warnings, end: i };
  }
  if (unit === null) {
    warn('Økonomitabellen angiver ikke sin enhed; 1.000 kr. er antaget.', titleLine);
    unit = 't.kr';
  }
  return { economy: buildEconomy(rows, years, unit, priceLevelYear, warn), warnings, end: i };
}

function nextNonBlank(lines: readonly SourceLine[], from: number, stop: number): SourceLine | null {
  for (let j = from; j < stop; j++) if (!isBlankText(lines[j]!.text)) return lines[j]!;
  return null;
}

/** "Styringsområde 2026 2027 …", "område 2025 2026 …": a header with a label in front. */
function headerYears(text: string): number[] | null {
  const split = splitRow(text, 'kr');
  if (split.values.length < 3) return null;
  if (!/^(sty|område|råde|$)/.test(squash(split.label))) return null;
  return yearsOf(split.values.map((v) => v.raw).join('  '));
}

interface Classified extends RawRow {
  kind: RowKind;
  area: BudgetArea | null;
  itemLabel: string;
  sectionFinal: Section;
  outsideTotals: boolean;
}

function buildEconomy(
  raw: RawRow[],
  years: number[],
  unit: AmountUnit,
  priceLevelYear: number | null,
  warn: (m: string, l: number | null) => void,
): Economy {
  const n = years.length;
  const rows: Classified[] = [];
  let driftWarned = false;
  for (const r of raw) {
    const { kind, area: subtotalArea } = classify(r.label);
    if (kind === 'item' && r.cells.length === 0) {
      // A line without values that is not a known total: a heading inside the table.
      if (/grundinvestering/.test(squash(r.label))) {
        for (const later of raw.slice(raw.indexOf(r) + 1)) {
          if (classify(later.label).kind !== 'item') break;
          later.grundinvestering = true;
        }
      }
      continue;
    }
    let sectionFinal: Section = r.section === 'implementering' ? 'implementering' : 'varig';
    let outsideTotals = false;
    const { area, word, rest } = trailingArea(r.label);
    if (kind === 'item' && (r.section as string) === 'varig-after-total') {
      // Items after "Samlet varig ændring" without a new heading.
      if (r.label.includes('*')) {
        outsideTotals = true;
        warn(
          `"${rest}" står efter "Samlet varig ændring" og er mærket med *: læst som varig ændring uden for totalerne.`,
          r.sourceLine,
        );
      } else {
        sectionFinal = 'implementering';
        warn(
          `"${rest}" står efter "Samlet varig ændring" uden overskrift: læst som implementeringsomkostning.`,
          r.sourceLine,
        );
      }
    }
    if (kind === 'item' && word === 'drift' && !driftWarned) {
      driftWarned = true;
      warn('Styringsområdet "Drift" er læst som service.', r.sourceLine);
    }
    if (kind === 'item' && /grundinvestering/.test(squash(r.label))) r.grundinvestering = true;
    let cells = r.cells;
    if (!kind.startsWith('payback') && cells.length > n) {
      const dropped = cells.slice(0, cells.length - n).map((c) => c.raw);
      warn(
        `Rækken "${rest}" har ${cells.length} tal til ${n} årskolonner; de første (${dropped.join(' ')}) er udeladt.`,
        r.sourceLine,
      );
      cells = cells.slice(cells.length - n);
    }
    rows.push({
      // Spelled out rather than `...r`: a spread followed by more properties is V8's slow path.
      label: r.label,
      parts: r.parts,
      cells,
      ...(r.readings && cells === r.cells ? { readings: r.readings } : {}),
      sourceLine: r.sourceLine,
      section: r.section,
      grundinvestering: r.grundinvestering,
      kind,
      area: kind === 'item' ? area : subtotalArea,
      itemLabel: kind === 'item' ? rest : r.label,
      sectionFinal,
      outsideTotals,
    });
  }

  // Unreadable cells: kept out of the sums, reported, never guessed.
  for (const r of rows) {
    for (const c of r.cells) {
      if (c.value === null && !r.kind.startsWith('payback'))
        warn(`"${c.raw}" i rækken "${r.itemLabel}" er ikke et læseligt tal og er udeladt.`, r.sourceLine);
    }
  }

  const amountRows = rows.filter((r) => !r.kind.startsWith('payback'));
  const idx = (r: Classified) => amountRows.indexOf(r);
  const place: PlaceRow[] = amountRows.map((r) => ({
    values: r.cells.map((c) => c.value ?? 0),
    // Savings run to the last year; implementation starts in the first.
    fallbackOffset: r.sectionFinal === 'implementering' || r.kind.startsWith('implementation') ? 0 : n,
  }));
  const constraints: SumConstraint[] = [];
  const has = (r: Classified | undefined): r is Classified => !!r && r.cells.length > 0;
  const find = (k: RowKind) => amountRows.find((r) => r.kind === k && r.cells.length > 0);
  const items = (s: Section) =>
    amountRows.filter(
      (r) => r.kind === 'item' && r.sectionFinal === s && !r.outsideTotals && r.cells.length > 0,
    );
  const areaRows = (k: RowKind) => amountRows.filter((r) => r.kind === k && r.cells.length > 0);
  const pT = find('permanentTotal');
  const iT = find('implementationTotal');
  const impact = find('impact');
  const pAreas = areaRows('permanentArea');
  const iAreas = areaRows('implementationArea');
  const pSide = has(pT) ? [pT] : pAreas.length > 0 ? pAreas : items('varig');
  const iSide = has(iT) ? [iT] : iAreas.length > 0 ? iAreas : items('implementering');
  if (has(impact)) constraints.push({ target: idx(impact), parts: [...pSide, ...iSide].map(idx) });
  const sectionConstraints = (
    total: Classified | undefined,
    areas: Classified[],
    its: Classified[],
    groups: Classified[],
  ) => {
    const areasCover =
      areas.length > 0 && its.every((r) => r.area !== null && areas.some((a) => a.area === r.area));
    if (has(total) && areas.length > 0 && areasCover)
      constraints.push({ target: idx(total), parts: areas.map(idx) });
    if (areasCover) {
      for (const a of areas)
        constraints.push({ target: idx(a), parts: its.filter((r) => r.area === a.area).map(idx) });
    } else if (groups.length > 0 && has(total)) {
      constraints.push({ target: idx(total), parts: groups.map(idx) });
      let from = 0;
      for (const g of groups) {
        const gi = amountRows.indexOf(g);
        const members = its.filter((r) => amountRows.indexOf(r) < gi && amountRows.indexOf(r) >= from);
        constraints.push({ target: gi, parts: members.map(idx) });
        from = gi;
      }
    } else {
      const target = has(total) ? total : areas.length === 1 ? areas[0] : undefined;
      if (target) constraints.push({ target: idx(target), parts: its.map(idx) });
      // The one area subtotal sums every line only where it prints the same as the total (the
      // lines without area are that area); otherwise it sums the lines of its area.
      if (has(total) && areas.length === 1 && target === total) {
        const a = areas[0]!;
        const whole = a.cells.map((c) => c.raw).join(' ') === total.cells.map((c) => c.raw).join(' ');
        constraints.push({
          target: idx(a),
          parts: (whole ? its : its.filter((r) => r.area === a.area)).map(idx),
        });
      }
    }
  };
  sectionConstraints(pT, pAreas, items('varig'), areaRows('group'));
  sectionConstraints(iT, iAreas, items('implementering'), []);
  let placed = placeRows(place, n, constraints);
  // Ambiguous single digits: the reading under which every subtotal adds up (value-readings.ts).
  const readings = new Map<number, ValueCell[][]>();
  amountRows.forEach((r, k) => {
    if (r.readings) readings.set(k, [r.cells, ...r.readings]);
  });
  const choice = chooseReadings(place, n, constraints, readings, placed);
  if (choice) {
    placed = choice.placed;
    for (const [k, cells] of choice.chosen) {
      const r = amountRows[k]!;
      warn(
        `Tallene i rækken "${r.itemLabel}" kan læses på flere måder; de er læst som ${cells.map((c) => c.raw).join(' ')}, fordi kun den læsning stemmer med subtotalerne.`,
        r.sourceLine,
      );
      r.cells = cells;
      place[k] = { ...place[k]!, values: cells.map((c) => c.value ?? 0) };
    }
  }
  placed.ties.forEach((count, ci) => {
    if (count === -1) {
      const t = amountRows[constraints[ci]!.target]!;
      warn(
        `Rækkerne under "${t.itemLabel}" har færre tal end årskolonner og for mange mulige placeringer til at prøve alle; de er placeret fra ${t.sectionFinal === 'implementering' || t.kind.startsWith('implementation') ? 'første' : 'sidste'} år og justeret mod subtotalen.`,
        t.sourceLine,
      );
    }
    if (count > 1) {
      const c = constraints[ci]!;
      const t = amountRows[c.target]!;
      warn(
        `Rækkerne under "${t.itemLabel}" har færre tal end årskolonner og kan placeres på ${count} måder, der alle stemmer; varige ændringer er lagt til sidste år og implementering fra første år.`,
        t.sourceLine,
      );
    }
  });
  placed.residual.forEach((diff, ci) => {
    if (diff > 0) {
      const c = constraints[ci]!;
      const t = amountRows[c.target]!;
      warn(
        `"${t.itemLabel}" stemmer ikke med summen af sine rækker (samlet forskel ${diff / 10 ** unitExponent(unit)} i tabellens enhed).`,
        t.sourceLine,
      );
    }
  });
  for (const u of placed.undecided) {
    const r = amountRows[u]!;
    warn(
      `Rækken "${r.itemLabel}" har ${r.cells.length} tal til ${n} årskolonner, og ingen subtotal afgør hvilke år; de er placeret ${place[u]!.fallbackOffset === 0 ? 'fra første' : 'til sidste'} år.`,
      r.sourceLine,
    );
  }
  const amountsOf = (r: Classified | undefined): YearAmounts => {
    const out: YearAmounts = {};
    if (!r) return out;
    const off = placed.offsets[amountRows.indexOf(r)] ?? 0;
    r.cells.forEach((c, k) => {
      const y = years[off + k];
      if (c.value !== null && y !== undefined) out[String(y)] = c.value;
    });
    return out;
  };

  const lines: EconomyLine[] = amountRows
    .filter((r) => r.kind === 'item')
    .map((r) => {
      const line: EconomyLine = {
        label: r.itemLabel,
        section: r.sectionFinal,
        budgetArea: r.area,
        amounts: amountsOf(r),
        sourceLine: r.sourceLine,
      };
      if (r.grundinvestering) line.grundinvestering = true;
      if (r.outsideTotals) line.outsideTotals = true;
      return line;
    });

  const sourceLines: Record<string, number> = {};
  const first = (k: RowKind) => rows.find((r) => r.kind === k);
  const stated: StatedEconomy = {
    permanentChange: amountsOf(first('permanentTotal')),
    implementationCost: amountsOf(first('implementationTotal')),
    economicImpact: amountsOf(first('impact')),
    paybackService: null,
    paybackTotal: null,
  };
  for (const [k, field] of [
    ['permanentTotal', 'permanentChange'],
    ['implementationTotal', 'implementationCost'],
    ['impact', 'economicImpact'],
  ] as const) {
    const r = first(k);
    if (r) {
      sourceLines[field] = r.sourceLine;
      if (r.cells.length === 0) warn(`Rækken "${r.itemLabel}" er tom i dokumentet.`, r.sourceLine);
    }
  }
  const byArea = (k: RowKind) => {
    const out: Partial<Record<BudgetArea, YearAmounts>> = {};
    for (const r of rows.filter((x) => x.kind === k && x.cells.length > 0)) {
      if (r.area) out[r.area] = amountsOf(r);
    }
    return out;
  };
  const pBy = byArea('permanentArea');
  // A total printed with an area word ("Samlet varig ændring Service -385 -425 …") is also that
  // area's subtotal: the document says the whole block is that area. Not when the block has a
  // second such row (Forslag 32 of 2026: "… Anlæg 2.530" then "… Service 93"): the first is the total.
  const totalArea = (k: RowKind, into: Partial<Record<BudgetArea, YearAmounts>>) => {
    const all = rows.filter((x) => x.kind === k);
    const r = all[0];
    const area = r && all.length === 1 && r.cells.length > 0 ? trailingArea(r.label).area : null;
    if (r && area && Object.keys(into).length === 0) into[area] = amountsOf(r);
  };
  totalArea('permanentTotal', pBy);
  if (Object.keys(pBy).length > 0) stated.permanentByArea = pBy;
  const iBy = byArea('implementationArea');
  totalArea('implementationTotal', iBy);
  // A second "Samlede implementeringsomkostninger" row with an area word is that area's subtotal.
  const totals = rows.filter((r) => r.kind === 'implementationTotal');
  for (const extra of totals.slice(1)) {
    const { area } = trailingArea(extra.label);
    warn(
      '"Samlede implementeringsomkostninger" står to gange; den første er læst som total, den anden som subtotal for sit styringsområde.',
      extra.sourceLine,
    );
    if (area) iBy[area] = amountsOf(extra);
  }
  if (Object.keys(iBy).length > 0) stated.implementationByArea = iBy;
  for (const [k, field, textField] of [
    ['paybackService', 'paybackService', 'paybackServiceText'],
    ['paybackTotal', 'paybackTotal', 'paybackTotalText'],
  ] as const) {
    const r = first(k);
    if (!r) continue;
    sourceLines[field] = r.sourceLine;
    const text = paybackText(r);
    stated[textField] = text;
    const m = text ? /^(\d+)/.exec(text) : null;
    stated[field] = m ? Number(m[1]) : null;
    if (!text) warn(`"${joinWrapped(r.parts.slice(0, 2))}" er tom i dokumentet.`, r.sourceLine);
  }
  stated.sourceLines = sourceLines;
  return { unit, priceLevelYear, years, lines, stated };
}

/** The payback cell as printed: "3", "5 år", "6 år". */
function paybackText(r: RawRow): string | null {
  if (r.cells.length > 0) {
    const last = r.parts[r.parts.length - 1] ?? '';
    const after = /\bår\b/.test(last) ? ' år' : '';
    // The payback is one number: single digits one blank apart are its letter-spaced digits ("4 6").
    const digits = r.cells.length > 1 && r.cells.every((c) => /^\d$/.test(c.raw));
    return r.cells.map((c) => c.raw).join(digits ? '' : ' ') + after;
  }
  const last = joinWrapped([r.parts[r.parts.length - 1] ?? '']);
  if (/^\d+\s*år/.test(last) || /^ikke/i.test(last)) return last;
  return null;
}
