// Random 2026-style proposals and catalogs (fast-check arbitraries) for the round-trip property
// and the synthetic benchmark corpus. Test and benchmark code only: fast-check is a dev dependency.
//
// The generated documents are ones the text format CAN carry unambiguously: the format has no
// mark for a blank cell, so a row prints only the years it has and the reader places them
// against the stated subtotals. That placement is unique when, per section, at most one line has
// blank years (a contiguous run of non-zero values) and at least one line fills every year in the
// same budget area, so every subtotal is complete. Stated rows come from the engine.
import fc from 'fast-check';
import {
  DOCUMENT_FORMAT,
  type AmountTable,
  type BudgetArea,
  type CatalogRow,
  type CatalogTable,
  type Consultation,
  type Economy,
  type EconomyLine,
  type FollowUpTarget,
  type GevinstDocument,
  type Proposal,
  type ProposalKind,
  type YearAmounts,
} from '../../../core/model.ts';
import { COMMITTEE_NAMES, COMMITTEE_OF } from './names.ts';
import {
  CFO_BODY,
  FOLLOW_UP_GROUPS,
  SECTION_DESCRIPTION,
  SECTION_ECONOMY,
  SECTION_IMPLEMENTATION,
} from './proposal.ts';
import { statedFromEngine } from './stated.ts';

export interface GeneratorOptions {
  /** Lines with blank years (leading or trailing), at most one per section. */
  blanks: boolean;
  /** Titles with a year inside ("Borgerservice 2027 – omlægning"), as the corpus has. */
  numbersInTitles: boolean;
  /** Fixed year columns for every table (the benchmark corpus); default 4–6 years from 2024–2026. */
  years?: number[];
  /**
   * Non-zero amounts of at least two digits (10 t.kr.). Single digits one blank apart ("1 0") read
   * as one letter-spaced number; this knob takes that known ambiguity out to look for others.
   */
  twoDigitAmounts?: boolean;
}

// No budget-area words ("Service", "Anlæg", "Drift"): a label ending in one reads as the area column.
const NOUNS = [
  'vedligehold',
  'lejemål',
  'kontorpladser',
  'husleje',
  'rengøring',
  'projektledelse',
  'uddannelse',
  'oplæring',
  'udvikling',
  'integration',
  'fagsystem',
  'vikardækning',
  'dagtilbud',
  'skoler',
  'ejendomsdrift',
  'udflytterbus',
  'systemejerskab',
  'energibesparelser',
  'affaldshåndtering',
  'automatisering',
  'myndighedsområdet',
  'chatbot',
  'kvadratmeter',
  'procesoptimering',
  'arbejdsgange',
  'datacenter',
  'transmissionsenheder',
  'brandanlæg',
  'dataportal',
  'lægesparring',
  'plejehjem',
  'sæsonansættelser',
  'autorisationsstyring',
  'tilsyn',
  'leverandører',
  'licenser',
  'indkøb',
  'kørsel',
  'elcykler',
  'alarmsystemer',
  'tidsbesparelse',
  'rehabilitering',
  'udrulning',
  'samtykkeskabeloner',
  'snitflader',
  'borgerservice',
  'bibliotek',
  'kompetenceudvikling',
  'lønudgifter',
  'konsulenter',
  'telefoni',
  'sagsbehandlere',
  'vejledning',
  'IT-systemer',
  'KKFO',
  'ledige',
  'borgere',
  'data',
];
const LINKS = ['og', 'af', 'i', 'på', 'til', 'for', 'med', 'ved', 'fra'];
const VERBS = [
  'reducerer',
  'frigør',
  'forbedrer',
  'samler',
  'understøtter',
  'forenkler',
  'digitaliserer',
  'effektiviserer',
  'styrker',
  'erstatter',
];

const AREAS_PERMANENT: (BudgetArea | null)[] = [
  'service',
  'service',
  'service',
  null,
  'overfoersler',
  'efterspoergselsstyret',
  'finansposter',
];
const AREAS_IMPLEMENTATION: (BudgetArea | null)[] = ['service', 'anlaeg', 'anlaeg', null];
const RESPONSIBLE = [
  'Kontor for digitalisering (BIF)',
  'Center- og kontorchefer',
  'CØDO – Decentral Økonomistyring',
  'Projektlederen i forvaltningen',
  'Økonomichefen',
  'Direktionen',
];
const WHEN = [
  'Q2 2026',
  '2Q 2025',
  'Tredje kvartal 2025',
  '1. halvår 2026',
  'Medio 2025',
  'Ultimo 2024',
  'Primo 2025 (løbende)',
  'Kvartalsvis',
  'Årligt fra 2026',
  '1. kvartal 2026',
  'Månedligt frem mod udrulningen',
];
const BODIES = [
  'IT-kredsen',
  'HR-kredsen',
  'MED-udvalg',
  'Koncern IT',
  'Ejendomsfaglig vurdering',
  'Velfærdsanalytisk vurdering',
  'Effektiviseringskredsen',
];
const PARTNERS = [
  'Koncern IT',
  'Københavns Ejendomme',
  'Byggeri København',
  'Koncernservice',
  'Center for Økonomi',
];
const RISK_LEVELS = ['Lav', 'Middel', 'Høj', 'Lav til middel'];
const APPROVED_WITH = ['OFS 24-25', 'Budget 2026'];

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A label or title: "Reduceret husleje på kontorpladser". Never ends in a number. */
function phrase(minNouns: number, maxNouns: number, capital = true): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(fc.constantFrom(...LINKS), fc.constantFrom(...NOUNS)), {
      minLength: minNouns - 1,
      maxLength: maxNouns - 1,
    })
    .chain((rest) =>
      fc.constantFrom(...NOUNS).map((first) => [capital ? cap(first) : first, ...rest.flat()].join(' ')),
    );
}

function sentence(): fc.Arbitrary<string> {
  return fc
    .tuple(phrase(1, 2), fc.constantFrom(...VERBS), phrase(1, 4, false))
    .map(([a, v, b]) => `${a} ${v} ${b}.`);
}

function prose(minSentences: number, maxSentences: number): fc.Arbitrary<string> {
  return fc.array(sentence(), { minLength: minSentences, maxLength: maxSentences }).map((s) => s.join(' '));
}

function paragraphs(): fc.Arbitrary<string> {
  return fc.array(prose(1, 5), { minLength: 1, maxLength: 3 }).map((p) => p.join('\n\n'));
}

/** Whole thousands of kroner, as the 1.000 kr. tables print them. */
const widen = (v: number, wide: boolean): number => (wide && v !== 0 && Math.abs(v) < 10 ? v * 10 : v);
const tkr = (min: number, max: number, wide = false): fc.Arbitrary<number> =>
  fc.integer({ min, max }).map((v) => widen(v, wide) * 1000);
const nonZeroTkr = (min: number, max: number, wide = false): fc.Arbitrary<number> =>
  fc
    .integer({ min, max })
    .filter((v) => v !== 0)
    .map((v) => widen(v, wide) * 1000);

function full(years: number[], value: fc.Arbitrary<number>): fc.Arbitrary<YearAmounts> {
  return fc.array(value, { minLength: years.length, maxLength: years.length }).map((vs) => {
    const out: YearAmounts = {};
    years.forEach((y, i) => (out[String(y)] = vs[i] as number));
    return out;
  });
}

/** A contiguous run of non-zero values with at least one blank year before or after it. */
function partial(years: number[], value: fc.Arbitrary<number>): fc.Arbitrary<YearAmounts> {
  const n = years.length;
  return fc
    .integer({ min: 1, max: n - 1 })
    .chain((len) =>
      fc.tuple(fc.integer({ min: 0, max: n - len }), fc.array(value, { minLength: len, maxLength: len })),
    )
    .map(([start, vs]) => {
      const out: YearAmounts = {};
      vs.forEach((v, i) => (out[String(years[start + i])] = v));
      return out;
    });
}

function line(
  label: string,
  section: EconomyLine['section'],
  budgetArea: BudgetArea | null,
  amounts: YearAmounts,
): EconomyLine {
  return { label, section, budgetArea, amounts, sourceLine: null };
}

function sectionLines(
  years: number[],
  section: EconomyLine['section'],
  areas: (BudgetArea | null)[],
  value: fc.Arbitrary<number>,
  nonZero: fc.Arbitrary<number>,
  blanks: boolean,
): fc.Arbitrary<EconomyLine[]> {
  const fullLines = fc.array(fc.tuple(phrase(1, 4), fc.constantFrom(...areas), full(years, value)), {
    minLength: 1,
    maxLength: 5,
  });
  const extra = blanks
    ? fc.option(fc.tuple(phrase(1, 4), partial(years, nonZero), fc.nat()), { nil: null })
    : fc.constant(null);
  return fc.tuple(fullLines, extra).map(([fulls, part]) => {
    const lines = fulls.map(([label, area, amounts]) => line(label, section, area, amounts));
    if (part) {
      const [label, amounts, pos] = part;
      // Same area as a complete line, so that every subtotal stays complete.
      const area = lines[pos % lines.length]?.budgetArea ?? null;
      lines.splice(pos % (lines.length + 1), 0, line(label, section, area, amounts));
    }
    return lines;
  });
}

export function economyArbitrary(kind: ProposalKind, gen: GeneratorOptions): fc.Arbitrary<Economy> {
  const w = gen.twoDigitAmounts ?? false;
  const yearsArb = gen.years
    ? fc.constant(gen.years)
    : fc
        .tuple(fc.integer({ min: 2024, max: 2026 }), fc.integer({ min: 4, max: 6 }))
        .map(([first, count]) => Array.from({ length: count }, (_, i) => first + i));
  return yearsArb.chain((years) => {
    const permanent = sectionLines(
      years,
      'varig',
      AREAS_PERMANENT,
      tkr(-9999, 3000, w),
      nonZeroTkr(-9999, 3000, w),
      gen.blanks,
    );
    const implementation =
      kind === 'investering'
        ? sectionLines(
            years,
            'implementering',
            AREAS_IMPLEMENTATION,
            tkr(0, 15000, w),
            nonZeroTkr(1, 15000, w),
            gen.blanks,
          )
        : fc.constant([]);
    return fc.tuple(permanent, implementation).map(([p, i]): Economy => {
      const economy: Economy = {
        unit: 't.kr',
        priceLevelYear: 2026,
        years,
        lines: [...p, ...i],
        stated: {
          permanentChange: {},
          implementationCost: {},
          economicImpact: {},
          paybackService: null,
          paybackTotal: null,
        },
      };
      return { ...economy, stated: statedFromEngine(economy, kind) };
    });
  });
}

function followUpArbitrary(kind: ProposalKind): fc.Arbitrary<FollowUpTarget[]> {
  const groups = kind === 'investering' ? FOLLOW_UP_GROUPS : FOLLOW_UP_GROUPS.slice(1);
  return fc
    .array(
      fc.record({
        group: fc.constantFrom(...groups),
        target: phrase(1, 5),
        measure: prose(1, 2),
        responsible: fc.constantFrom(...RESPONSIBLE),
        when: fc.constantFrom(...WHEN),
      }),
      { minLength: 1, maxLength: 4 },
    )
    .map((rows) =>
      // The table lists the investment group first, as the template does.
      [...rows]
        .sort((a, b) => groups.indexOf(a.group) - groups.indexOf(b.group))
        .map((r) => ({ ...r, sourceLine: null })),
    );
}

const isoDate = fc
  .tuple(
    fc.integer({ min: 2024, max: 2025 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

function consultationArbitrary(body: fc.Arbitrary<string>, dated = false): fc.Arbitrary<Consultation> {
  return fc
    .tuple(
      body,
      fc.constantFrom<'ja' | 'nej'>('ja', 'nej'),
      dated ? isoDate : fc.option(isoDate, { nil: null }),
      prose(1, 1),
    )
    .map(([b, answer, date, text]) => ({
      body: b,
      answer,
      date,
      text: date === null ? text : null,
      sourceLine: null,
    }));
}

function adminEffectArbitrary(years: number[], w: boolean): fc.Arbitrary<AmountTable> {
  return fc
    .tuple(full(years, tkr(-2000, 0, w)), full(years, tkr(-2000, 0, w)), full(years, tkr(-4000, 0, w)))
    .map(([a, b, t]) => ({
      id: 'administration',
      title: 'Varige ændringer, administration',
      unit: 't.kr',
      priceLevelYear: 2026,
      years,
      rows: [
        {
          label: 'Effekt på lønudgifter på hovedkonto 6 og øvrige adm. udgifter på hovedfunktion 6.45',
          amounts: a,
          sourceLine: null,
        },
        { label: 'Effekt på øvrige administrative udgifter', amounts: b, sourceLine: null },
        { label: 'Varige ændringer totalt, administration', amounts: t, sourceLine: null, isTotal: true },
      ],
      sourceLine: null,
    }));
}

export function proposalArbitrary(n: number, gen: GeneratorOptions): fc.Arbitrary<Proposal> {
  return fc.constantFrom<ProposalKind>('investering', 'investering', 'effektivisering').chain((kind) =>
    economyArbitrary(kind, gen).chain((economy) =>
      fc
        .record({
          title: gen.numbersInTitles
            ? fc
                .tuple(
                  phrase(1, 3),
                  fc.option(fc.integer({ min: 2020, max: 2030 }), { nil: null }),
                  phrase(1, 3, false),
                )
                .map(([a, y, b]) => (y === null ? a : `${a} ${y} – ${b}`))
            : phrase(1, 6),
          summary: fc.option(prose(1, 4), { nil: null }),
          administration: fc.constantFrom(...Object.keys(COMMITTEE_OF)),
          description: paragraphs(),
          economyText: paragraphs(),
          implementationText: paragraphs(),
          followUp: followUpArbitrary(kind),
          riskLevel: fc.option(fc.constantFrom(...RISK_LEVELS), { nil: null }),
          riskText: prose(1, 3),
          innovation: fc.option(fc.boolean(), { nil: null }),
          adminEffect: fc.option(adminEffectArbitrary(economy.years, gen.twoDigitAmounts ?? false), {
            nil: null,
          }),
          cfo:
            kind === 'investering'
              ? consultationArbitrary(fc.constant(CFO_BODY), true).map((c) => [c])
              : fc.constant([]),
          others: fc.uniqueArray(consultationArbitrary(fc.constantFrom(...BODIES)), {
            maxLength: 3,
            selector: (c) => c.body,
          }),
          partners: fc.uniqueArray(fc.constantFrom(...PARTNERS), { maxLength: 3 }),
        })
        .map((r): Proposal => ({
          ref: `Forslag ${n}`,
          title: r.title,
          kind,
          presentingAdministrations: [r.administration],
          affectedAdministrations: [],
          summary: r.summary,
          innovationOrigin: r.innovation,
          economy,
          administrationEffect: r.adminEffect,
          kvantumTables: [],
          followUp: r.followUp,
          consultations: [...r.cfo, ...r.others],
          partners: r.partners,
          risk: { level: r.riskLevel, text: r.riskText, sourceLine: null },
          sections: [
            { heading: SECTION_DESCRIPTION, text: r.description, sourceLine: null },
            { heading: SECTION_ECONOMY, text: r.economyText, sourceLine: null },
            { heading: SECTION_IMPLEMENTATION, text: r.implementationText, sourceLine: null },
          ],
          requestedAmount: null,
          sourceLines: [],
        })),
    ),
  );
}

const CATALOG_YEARS = [2026, 2027, 2028, 2029, 2030];

function catalogRowArbitrary(p: Proposal, committee: string, w: boolean): fc.Arbitrary<CatalogRow> {
  return fc
    .tuple(
      full(CATALOG_YEARS, tkr(0, 20000, w)),
      tkr(1, 20000, w),
      fc.option(fc.constantFrom(...APPROVED_WITH), { nil: null }),
    )
    .map(([amounts, investment, approvedWith]) => ({
      rowType: 'proposal',
      proposalRef: p.ref,
      title: p.title,
      committee,
      amounts,
      investment: p.kind === 'investering' ? investment : null,
      approvedWith: p.kind === 'investering' ? (approvedWith ?? 'OFS 24-25') : approvedWith,
      group: p.kind === 'investering' ? 'Investeringsforslag' : 'Effektiviseringsforslag',
      sourceLine: 0,
    }));
}

/**
 * The catalog tables for a list of proposals: Tabel 1 per committee, Tabel 2 per proposal with a
 * cross-cutting row now and then. Amounts are random (a catalog may disagree with its proposals,
 * and the reader reports what is printed).
 */
export function catalogArbitrary(
  proposals: Proposal[],
  gen: Partial<GeneratorOptions> = {},
): fc.Arbitrary<CatalogTable[]> {
  const w = gen.twoDigitAmounts ?? false;
  const committees = [
    ...new Set(proposals.map((p) => COMMITTEE_OF[p.presentingAdministrations[0] ?? ''] ?? 'ØU')),
  ];
  const perCommittee = committees.map((c) => {
    const own = proposals.filter((p) => (COMMITTEE_OF[p.presentingAdministrations[0] ?? ''] ?? 'ØU') === c);
    // Investment proposals first, efficiency proposals after, as the catalog groups them.
    own.sort((a, b) => Number(a.kind !== 'investering') - Number(b.kind !== 'investering'));
    return fc
      .tuple(
        full(CATALOG_YEARS, tkr(0, 50000, w)),
        fc.option(tkr(0, 50000, w), { nil: null }),
        fc.tuple(...own.map((p) => catalogRowArbitrary(p, c, w))),
        fc.option(fc.tuple(phrase(2, 4), full(CATALOG_YEARS, tkr(0, 500, w))), { nil: null }),
      )
      .map(([amounts, investment, rows, cross]) => {
        const committeeRow: CatalogRow = {
          rowType: 'committee',
          proposalRef: null,
          title: COMMITTEE_NAMES[c] ?? c,
          committee: c,
          amounts,
          investment,
          approvedWith: null,
          sourceLine: 0,
        };
        const crossRows: CatalogRow[] = cross
          ? [
              {
                rowType: 'proposal',
                proposalRef: null,
                title: cross[0],
                committee: c,
                amounts: cross[1],
                investment: null,
                approvedWith: 'OFS 24-25',
                group: 'Tværgående forslag',
                sourceLine: 0,
              },
            ]
          : [];
        const inv = rows.filter((r) => r.group === 'Investeringsforslag');
        const eff = rows.filter((r) => r.group !== 'Investeringsforslag');
        return { committeeRow, rows: [committeeRow, ...inv, ...crossRows, ...eff] };
      });
  });
  return fc
    .tuple(fc.tuple(...perCommittee), full(CATALOG_YEARS, tkr(0, 200000, w)), tkr(0, 200000, w))
    .map(([blocks, totalAmounts, totalInvestment]) => {
      const total = (investment: number | null): CatalogRow => ({
        rowType: 'total',
        proposalRef: null,
        title: 'I alt',
        committee: 'I alt',
        amounts: totalAmounts,
        investment,
        approvedWith: null,
        sourceLine: 0,
      });
      const table1: CatalogTable = {
        name: 'Tabel 1',
        title: 'Effektiviseringer i budget 2026 fordelt på forvaltninger',
        unit: 't.kr',
        priceLevelYear: 2026,
        years: CATALOG_YEARS,
        rows: [...blocks.map((b) => ({ ...b.committeeRow, investment: null })), total(null)],
        sourceLine: 0,
      };
      const table2: CatalogTable = {
        name: 'Tabel 2',
        title: 'Effektiviseringer i budget 2026 fordelt på forslag',
        unit: 't.kr',
        priceLevelYear: 2026,
        years: CATALOG_YEARS,
        rows: [...blocks.flatMap((b) => b.rows), total(totalInvestment)],
        sourceLine: 0,
      };
      return [table1, table2];
    });
}

export function documentArbitrary(
  gen: GeneratorOptions,
  maxProposals = 6,
  withCatalog = true,
): fc.Arbitrary<GevinstDocument> {
  return fc
    .integer({ min: 1, max: maxProposals })
    .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => proposalArbitrary(i + 1, gen))))
    .chain((proposals) =>
      (withCatalog ? catalogArbitrary(proposals, gen) : fc.constant<CatalogTable[] | null>(null)).map(
        (tables): GevinstDocument => ({
          format: DOCUMENT_FORMAT,
          source: null,
          priceLevelYear: 2026,
          catalog: tables ? { tables, rows: tables.flatMap((t) => t.rows) } : null,
          proposals,
          warnings: [],
        }),
      ),
    );
}
