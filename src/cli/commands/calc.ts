// `gevinst calc FILE.json [--json]`: every figure the engine derives from one proposal, a list of
// proposals or a whole gevinst.document/1 — totals, subtotals per budget area, investment, full
// phase-in effect, gross vs net, both paybacks with year or reason — and, for more than one
// proposal, the catalog tables (Tabel 1 per committee, Tabel 2 per proposal).
import { warning } from '../../core/messages/index.ts';
import { readFile } from 'node:fs/promises';
import { formatAmount, unitLabel } from '../../core/amount.ts';
import { buildCatalog, type CatalogTables } from '../../core/catalog.ts';
import { deriveProposal, type DerivedEconomy } from '../../core/derive.ts';
import { InvalidInput, isGevinstError } from '../../core/errors.ts';
import { type Npv, npvOf } from '../../core/economics/npv.ts';
import { parseCalcInput } from '../../core/input-schema.ts';
import { DEFAULT_SETTINGS } from '../../core/process/organisation.ts';
import type {
  AmountUnit,
  BudgetArea,
  CatalogTable,
  Proposal,
  Warning,
  YearAmounts,
} from '../../core/model.ts';
import { EXIT, type CliIo, type Command } from '../command.ts';

export const CALC_FORMAT = 'gevinst.calc/1';

const AREA_NAME: Record<BudgetArea, string> = {
  service: 'service',
  anlaeg: 'anlæg',
  overfoersler: 'overførsler',
  efterspoergselsstyret: 'efterspørgselsstyret indsats',
  finansposter: 'finansposter',
};

export interface CalcResult {
  format: typeof CALC_FORMAT;
  proposals: Array<{
    ref: string;
    title: string;
    kind: Proposal['kind'];
    unit: AmountUnit | null;
    priceLevelYear: number | null;
    stated: unknown;
    computed: (DerivedEconomy & { npv: Npv | null }) | null;
  }>;
  catalog: CatalogTables | null;
  warnings: Warning[];
}

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new InvalidInput(`Filen "${path}" findes ikke eller kan ikke læses.`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (e) {
    throw new InvalidInput(
      `Filen "${path}" er ikke gyldig JSON (${e instanceof Error ? e.message : String(e)}).`,
    );
  }
}

/** Discount rate and horizon of the net present value (organisation defaults unless given). */
export interface NpvSettings {
  rate: number;
  horizonYears: number;
}

const DEFAULT_NPV: NpvSettings = {
  rate: DEFAULT_SETTINGS.discountRate,
  horizonYears: DEFAULT_SETTINGS.horizonYears,
};

/** Derives everything for the input; the catalog only where there is more than one proposal. */
export function calculate(value: unknown, npv: NpvSettings = DEFAULT_NPV): CalcResult {
  const input = parseCalcInput(value);
  const warnings: Warning[] = [];
  const proposals = input.proposals.map((p, i) => {
    let computed: DerivedEconomy | null;
    try {
      computed = deriveProposal(p);
    } catch (e) {
      if (!isGevinstError(e)) throw e;
      const where =
        input.shape === 'proposal'
          ? ''
          : input.shape === 'document'
            ? `proposals[${String(i)}]: `
            : `[${String(i)}]: `;
      throw new InvalidInput(`${where}${p.ref}: ${e.message}`, { field: e.field });
    }
    return {
      ref: p.ref,
      title: p.title,
      kind: p.kind,
      unit: p.economy?.unit ?? null,
      priceLevelYear: p.economy?.priceLevelYear ?? null,
      stated: p.economy?.stated ?? null,
      computed:
        computed === null || p.economy === null
          ? null
          : { ...computed, npv: npvOf(p.economy, computed, npv.rate, npv.horizonYears) },
    };
  });
  let catalog: CatalogTables | null = null;
  if (input.proposals.length > 1 || input.shape === 'document') {
    const priceLevelYear =
      input.shape === 'document'
        ? input.document.priceLevelYear
        : (input.proposals[0]?.economy?.priceLevelYear ?? null);
    try {
      catalog = buildCatalog(input.proposals, { priceLevelYear });
      warnings.push(...catalog.warnings);
    } catch (e) {
      if (!isGevinstError(e)) throw e;
      // The per-proposal figures stand on their own; say why there is no catalog.
      warnings.push(warning('catalog.not-built', { reason: e.message }, { sourceLine: e.sourceLine }));
    }
  }
  return { format: CALC_FORMAT, proposals, catalog, warnings };
}

// ---- Human-readable output -------------------------------------------------------------------

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

function seriesRow(label: string, s: YearAmounts | undefined, years: number[], unit: AmountUnit): string[] {
  return [
    label,
    ...years.map((y) => (s && String(y) in s ? formatAmount(s[String(y)] as number, unit) : '')),
  ];
}

function payback(years: number | null, year: number | null, reason: string | null): string {
  if (years === null) return `ingen (${reason ?? 'ukendt årsag'})`;
  return `${String(years)} år (${String(year)})`;
}

function describeProposal(p: CalcResult['proposals'][number]): string {
  const out = [`${p.ref} – ${p.title || '(uden titel)'}`];
  const c = p.computed;
  if (c === null) {
    out.push('  Ingen økonomitabel: intet at beregne.');
    return out.join('\n');
  }
  const unit = p.unit ?? 't.kr';
  const years = c.years;
  const rows: string[][] = [];
  for (const [area, s] of Object.entries(c.permanentByArea))
    rows.push(seriesRow(`  Varig ændring, ${AREA_NAME[area as BudgetArea]}`, s, years, unit));
  rows.push(seriesRow('Samlet varig ændring', c.permanentChange, years, unit));
  rows.push(seriesRow('  heraf bruttobesparelse', c.grossSavings, years, unit));
  rows.push(seriesRow('  heraf nye driftsudgifter', c.newRunningCosts, years, unit));
  for (const [area, s] of Object.entries(c.implementationByArea))
    rows.push(seriesRow(`  Implementering, ${AREA_NAME[area as BudgetArea]}`, s, years, unit));
  rows.push(seriesRow('Samlede implementeringsomkostninger', c.implementationCost, years, unit));
  rows.push(seriesRow('Samlet økonomisk påvirkning', c.economicImpact, years, unit));
  if (Object.keys(c.outsideTotals).length > 0)
    rows.push(seriesRow('Uden for totaler', c.outsideTotals, years, unit));
  const level = p.priceLevelYear === null ? '' : ` ${String(p.priceLevelYear)} p/l`;
  out.push(table([`${unitLabel(unit)}${level}`, ...years.map(String)], rows).replace(/^/gm, '  '));
  out.push(`  Samlet investering: ${formatAmount(c.investmentTotal, unit)}`);
  if (c.fullEffect) {
    const f = c.fullEffect;
    out.push(
      `  Fuld indfasning (${String(f.year)}): ${formatAmount(f.total, unit)} (service ${formatAmount(f.service, unit)}, øvrige ${formatAmount(f.other, unit)})`,
    );
  }
  if (c.npv) {
    const rate = (c.npv.rate * 100).toLocaleString('da-DK', { maximumFractionDigits: 4 });
    out.push(
      `  Nutidsværdi (${rate} %, ${String(c.npv.horizonYears)} år fra ${String(c.npv.firstYear)}): ${formatAmount(c.npv.value, 'kr')} kr. (positiv = nettogevinst)`,
    );
  }
  out.push(
    `  Tilbagebetalingstid, serviceeffektivisering: ${payback(c.paybackService, c.paybackServiceYear, c.paybackServiceReason)}`,
  );
  out.push(
    `  Tilbagebetalingstid, totaløkonomi: ${payback(c.paybackTotal, c.paybackTotalYear, c.paybackTotalReason)}`,
  );
  const stated = p.stated as { paybackService?: number | null; paybackTotal?: number | null } | null;
  if (stated && (stated.paybackService != null || stated.paybackTotal != null)) {
    const s = (v: number | null | undefined) => (v == null ? '–' : `${String(v)} år`);
    out.push(`  Angivet i dokumentet: ${s(stated.paybackService)} / ${s(stated.paybackTotal)}`);
  }
  return out.join('\n');
}

function describeCatalogTable(t: CatalogTable): string {
  const unit = t.unit;
  const header = [
    `${t.name}. ${t.title} (${unitLabel(unit)}${t.priceLevelYear === null ? '' : ` ${String(t.priceLevelYear)} p/l`}, besparelse positiv)`,
    ...t.years.map(String),
    'Samlet investering',
  ];
  const rows = t.rows.map((r) => {
    const label = r.rowType === 'proposal' ? `  ${r.proposalRef ?? ''} ${r.title}`.trimEnd() : r.title;
    return [
      ...seriesRow(label, r.amounts, t.years, unit),
      r.investment === null ? '-' : formatAmount(r.investment, unit),
    ];
  });
  return table(header, rows);
}

export function describeCalc(result: CalcResult): string {
  const parts = result.proposals.map(describeProposal);
  if (result.catalog)
    parts.push(
      describeCatalogTable(result.catalog.committeeTable),
      describeCatalogTable(result.catalog.proposalTable),
    );
  if (result.warnings.length > 0)
    parts.push(
      [
        'Advarsler:',
        ...result.warnings.map(
          (w) => `  - ${w.message}${w.sourceLine ? ` (linje ${String(w.sourceLine)})` : ''}`,
        ),
      ].join('\n'),
    );
  return parts.join('\n\n');
}

/** `--rate 0.04` or `--rate=0.04`: a decimal number (a Danish comma is accepted). */
function flagNumber(
  flag: string,
  raw: string | undefined,
  integer: boolean,
  min: number,
  max: number,
): number {
  const what = integer ? 'et helt antal år' : 'et decimaltal som 0.035';
  if (raw === undefined || raw === '' || raw.startsWith('--'))
    throw new InvalidInput(`${flag} mangler en værdi (${what}).`, { field: flag });
  const text = raw.replace(',', '.');
  const pattern = integer ? /^\d{1,3}$/ : /^\d{1,3}(\.\d{1,10})?$/;
  const v = Number(text);
  if (!pattern.test(text) || !Number.isFinite(v))
    throw new InvalidInput(`${flag} skal være ${what}, ikke "${raw}".`, { field: flag });
  if (v < min || v > max)
    throw new InvalidInput(
      `${flag} skal være mellem ${String(min).replace('.', ',')} og ${String(max).replace('.', ',')}, ikke ${raw}.`,
      { field: flag },
    );
  return v;
}

export function parseCalcArgs(args: string[]): { json: boolean; files: string[]; npv: NpvSettings } {
  let json = false;
  const files: string[] = [];
  const npv = { ...DEFAULT_NPV };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const [flag, inline] =
      a.startsWith('--') && a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
    if (flag === '--json') json = true;
    else if (flag === '--rate') npv.rate = flagNumber('--rate', inline ?? args[++i], false, 0, 0.5);
    else if (flag === '--horizon')
      npv.horizonYears = flagNumber('--horizon', inline ?? args[++i], true, 1, 50);
    else if (flag.startsWith('-'))
      throw new InvalidInput(`Ukendt tilvalg ${flag}. Skriv "gevinst calc --help".`, { field: flag });
    else files.push(a);
  }
  return { json, files, npv };
}

export const calcCommand: Command = {
  name: 'calc',
  usage: [
    'Brug: gevinst calc FIL.json [--json] [--rate R] [--horizon N]',
    '',
    'FIL.json er ét forslag, en liste af forslag eller et helt gevinst.document/1.',
    'Udskriver for hvert forslag: varige ændringer pr. styringsområde, implementeringsomkostninger,',
    'samlet økonomisk påvirkning, samlet investering, fuld indfasning, brutto/netto og begge',
    'tilbagebetalingstider (med år, eller årsagen når der ingen er). Ved flere forslag også',
    'Tabel 1 (udvalg) og Tabel 2 (forslag) med katalogets fortegn (besparelse positiv).',
    '',
    'Nutidsværdien (npv) regnes fra år 1 (første år med implementeringsomkostninger) over N år med',
    'diskonteringsrenten R: værdi = −Σ påvirkning_t / (1 + R)^t, afrundet til hele kroner.',
    '',
    '  --json        ét JSON-objekt ("format": "gevinst.calc/1") til maskiner',
    `  --rate R      diskonteringsrente som decimaltal, 0 til 0,5 (standard ${String(DEFAULT_NPV.rate)})`,
    `  --horizon N   antal år i nutidsværdien, 1 til 50 (standard ${String(DEFAULT_NPV.horizonYears)})`,
    '',
    'Afslutningskoder: 0 beregnet, 2 filen kan ikke læses eller har forkert form.',
  ].join('\n'),
  async run(args: string[], io: CliIo): Promise<number> {
    const { json, files, npv } = parseCalcArgs(args);
    if (files.length !== 1)
      throw new InvalidInput('Angiv præcis én JSON-fil: gevinst calc FIL.json [--json]');
    const result = calculate(await readJson(files[0] as string), npv);
    io.out(json ? JSON.stringify(result, null, 2) : describeCalc(result));
    return EXIT.ok;
  },
};
