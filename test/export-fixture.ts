// Test and benchmark input for the exports: a catalog of N proposals with full economies (several
// budget areas, implementation costs, a blank leading year), follow-up targets, consultations,
// administration effect and Kvantum tables. Seeded, so a failure reproduces. The catalog tables
// are built here the way a person would type them from the proposals (catalog sign: positive =
// saving); they are test data, not output of the code under test.

import {
  emptyProposal,
  type CatalogRow,
  type CatalogTable,
  type EconomyLine,
  type GevinstDocument,
  type Proposal,
} from '../src/core/model.ts';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ADMINS: [string, string][] = [
  ['BIF', 'Beskæftigelses- og Integrationsudvalget'],
  ['BUF', 'Børne- og Ungdomsudvalget'],
  ['KFF', 'Kultur- og Fritidsudvalget'],
  ['SUF', 'Sundheds- og Omsorgsudvalget'],
  ['TMF', 'Teknik- og Miljøudvalget'],
  ['ØKF', 'Økonomiudvalget'],
];

const TITLES = [
  'Digitalt samtykke i beskæftigelsesindsatsen',
  'Selvbetjent vejledning til ledige københavnere',
  'Investering i bedre vikardækning i dagtilbud',
  'Automatiseringer af sagsbehandlingen på området for borgerservice',
  'Effektive administrative kvadratmeter',
  'Procesoptimering i den administrative understøttelse',
  'Samling af det tekniske systemejerskab',
  'Fast lægesparring til plejehjem',
];

const ROMAN = ['', ' II', ' III', ' IV', ' V', ' VI', ' VII', ' VIII', ' IX', ' X'];

const YEARS = [2025, 2026, 2027, 2028, 2029, 2030];

/** Whole thousands mostly, now and then a half thousand (1.895,5): the formats must keep it exact. */
function amount(r: () => number, min: number, max: number): number {
  const t = Math.round(min + r() * (max - min));
  return t * 1000 + (r() < 0.1 ? 500 : 0);
}

export function sampleProposal(i: number, seed = 1): Proposal {
  const r = rng(seed * 7919 + i);
  const investment = i % 3 !== 2;
  const [admin] = ADMINS[i % ADMINS.length] as [string, string];
  // Repeated titles get a roman suffix: a title ending in a digit is ambiguous in catalog text
  // (the 2026 reader takes the digit for an amount; reported to the reader's owner).
  const title = `${TITLES[i % TITLES.length] ?? 'Forslag'}${ROMAN[Math.floor(i / TITLES.length)] ?? ''}`;
  const p = emptyProposal(`Forslag ${i + 1}`, title, investment ? 'investering' : 'effektivisering');
  p.presentingAdministrations = [admin];
  p.summary = `Forslaget ${title.toLowerCase()} frigør tid i forvaltningen og forbedrer servicen for borgerne. Effektiviseringen indfases fra 2026.`;
  p.innovationOrigin = i % 4 === 0;
  const lines: EconomyLine[] = [];
  const startPerm = investment ? 1 : 0;
  const nPerm = 1 + Math.floor(r() * 3);
  for (let k = 0; k < nPerm; k++) {
    const amounts: Record<string, number> = {};
    const full = -amount(r, 100, 2500);
    YEARS.forEach((y, j) => {
      if (j < startPerm + (k === 1 ? 1 : 0)) return;
      amounts[String(y)] = j === startPerm ? Math.trunc(full / 2000) * 1000 : full;
    });
    lines.push({
      label: `Tidsbesparelse ${['sagsbehandling', 'administration', 'udrulning i forvaltningen'][k] ?? 'øvrig'}`,
      section: 'varig',
      budgetArea: 'service',
      amounts,
      sourceLine: null,
    });
  }
  if (investment) {
    const amounts: Record<string, number> = {};
    YEARS.forEach((y, j) => {
      if (j >= 2) amounts[String(y)] = amount(r, 50, 400);
    });
    lines.push({
      label: 'Drift og licens af ny løsning',
      section: 'varig',
      budgetArea: 'service',
      amounts,
      sourceLine: null,
    });
    if (i % 5 === 1)
      lines.push({
        label: 'Mindreudgifter til overførsler',
        section: 'varig',
        budgetArea: 'overfoersler',
        amounts: { '2027': -300000, '2028': -600000, '2029': -600000, '2030': -600000 },
        sourceLine: null,
      });
    lines.push({
      label: 'Udvikling af integration og tilpasning af fagsystem',
      section: 'implementering',
      budgetArea: 'anlaeg',
      amounts: { '2025': amount(r, 200, 1500), '2026': amount(r, 100, 900) },
      sourceLine: null,
    });
    lines.push({
      label: 'Projektledelse',
      section: 'implementering',
      budgetArea: 'service',
      amounts: { '2025': amount(r, 100, 600), '2026': amount(r, 100, 600) },
      sourceLine: null,
    });
    lines.push({
      label: 'Uddannelse og oplæring inkl. materialer',
      section: 'implementering',
      budgetArea: 'service',
      amounts: { '2026': amount(r, 50, 300) },
      sourceLine: null,
    });
  }
  p.economy = {
    unit: 't.kr',
    priceLevelYear: 2026,
    years: YEARS,
    lines,
    stated: {
      permanentChange: {},
      implementationCost: {},
      economicImpact: {},
      paybackService: null,
      paybackTotal: null,
    },
  };
  p.sections = [
    {
      heading: '1. Beskrivelse af forslag (fremgangsmåde og effekt)',
      text: `Forvaltningen vil ${title.toLowerCase()}.\n\nDen nuværende proces er primært manuel. En digitalisering kan fjerne mange af disse udfordringer og frigøre tid til kerneopgaven.`,
      sourceLine: null,
    },
    {
      heading: '2. Økonomi',
      text: 'Beregningerne baseres på en årsværkspris på 608 t.kr. (2026 p/l) og et effektivt årsværk på 1.200 timer.',
      sourceLine: null,
    },
  ];
  p.followUp = investment
    ? [
        {
          group: 'Implementering og anvendelse af investeringsmidler',
          target: 'Løsningen er udviklet inden for tid og budget',
          measure: 'Løbende opfølgning med leverandøren',
          responsible: `Kontor for digitalisering (${admin})`,
          when: 'Q2 2026',
          sourceLine: null,
        },
        {
          group: 'Realisering af effektiviseringer',
          target: 'Besparelse på 10 minutter pr. sag',
          measure: 'Stikprøvemålinger',
          responsible: `Økonomi (${admin})`,
          when: 'Primo 2027 (løbende)',
          sourceLine: null,
        },
      ]
    : [
        {
          group: 'Realisering af effektiviseringer',
          target: 'Færre dobbeltfunktioner',
          measure: 'Budgetopfølgning',
          responsible: `Økonomi (${admin})`,
          when: 'Årligt fra 2026',
          sourceLine: null,
        },
      ];
  p.risk = {
    level: 'Lav til middel',
    text: 'Forvaltningen har erfaring med lignende projekter; der er risiko for forsinkelser hos leverandøren.',
    sourceLine: null,
  };
  p.consultations = [
    {
      body: 'Center for Økonomi, Økonomiforvaltningen',
      answer: 'ja',
      date: '2025-01-29',
      text: null,
      sourceLine: null,
    },
    {
      body: 'IT-kredsen',
      answer: investment ? 'ja' : 'nej',
      date: null,
      text: investment ? 'Forslaget har været i høring i ITK' : null,
      sourceLine: null,
    },
  ];
  p.partners = ['Koncern IT'];
  p.administrationEffect = {
    id: 'administration',
    title: 'Varige ændringer, administration',
    unit: 't.kr',
    priceLevelYear: 2026,
    years: YEARS,
    rows: [
      {
        label: 'Effekt på lønudgifter på hovedkonto 6',
        amounts: Object.fromEntries(YEARS.map((y) => [String(y), 0])),
        sourceLine: null,
      },
      {
        label: 'Varige ændringer totalt, administration',
        amounts: Object.fromEntries(YEARS.map((y) => [String(y), 0])),
        sourceLine: null,
        isTotal: true,
      },
    ],
    sourceLine: null,
  };
  if (i % 2 === 0) {
    p.kvantumTables = [
      {
        id: 'B',
        title: 'Bevillingsmæssig effekt – varig drift',
        unit: 't.kr',
        priceLevelYear: 2026,
        years: [2026, 2027, 2028],
        rows: [
          {
            label: 'Drift af løsning',
            committee: 'ØU',
            amounts: { '2026': 150000, '2027': 150000, '2028': 150000 },
            sourceLine: null,
          },
          {
            label: 'Drift af løsning',
            committee: 'BUU',
            amounts: { '2026': -150000, '2027': -150000, '2028': -150000 },
            sourceLine: null,
          },
        ],
        sourceLine: null,
      },
    ];
  }
  return p;
}

/** Σ of a proposal's permanent lines per year: written out here, independently of the engine. */
export function handPermanent(p: Proposal): Record<string, number> {
  const out: Record<string, number> = {};
  for (const l of p.economy?.lines ?? []) {
    if (l.section !== 'varig' || l.outsideTotals) continue;
    for (const [y, v] of Object.entries(l.amounts)) out[y] = (out[y] ?? 0) + v;
  }
  return out;
}

function handImplementation(p: Proposal): number {
  let s = 0;
  for (const l of p.economy?.lines ?? [])
    if (l.section === 'implementering' && !l.outsideTotals) for (const v of Object.values(l.amounts)) s += v;
  return s;
}

/** A catalog document of n proposals with Tabel 1 (committees) and Tabel 2 (proposals). */
export function sampleDocument(n: number, seed = 1): GevinstDocument {
  const proposals = Array.from({ length: n }, (_, i) => sampleProposal(i, seed));
  const years = [2026, 2027, 2028, 2029, 2030];
  const committeeOf = (p: Proposal) =>
    (ADMINS.find(([a]) => a === p.presentingAdministrations[0]) ?? ADMINS[0])?.[1] ?? '';
  const rows2: CatalogRow[] = [];
  const rows1: CatalogRow[] = [];
  const grand: Record<string, number> = {};
  let line = 1;
  for (const [, committee] of ADMINS) {
    const mine = proposals.filter((p) => committeeOf(p) === committee);
    if (mine.length === 0) continue;
    const sum: Record<string, number> = {};
    let inv = 0;
    const propRows: CatalogRow[] = mine.map((p) => {
      const perm = handPermanent(p);
      const amounts: Record<string, number> = {};
      for (const y of years) {
        const v = perm[String(y)];
        if (v === undefined) continue;
        amounts[String(y)] = -v;
        sum[String(y)] = (sum[String(y)] ?? 0) - v;
        grand[String(y)] = (grand[String(y)] ?? 0) - v;
      }
      const investment = p.kind === 'investering' ? handImplementation(p) : null;
      inv += investment ?? 0;
      return {
        rowType: 'proposal',
        proposalRef: p.ref,
        title: p.title,
        committee,
        amounts,
        investment,
        approvedWith: 'Budget 2026',
        sourceLine: line++,
      };
    });
    rows2.push(
      {
        rowType: 'committee',
        proposalRef: null,
        title: committee,
        committee,
        amounts: sum,
        investment: inv,
        approvedWith: null,
        sourceLine: line++,
      },
      ...propRows,
    );
    rows1.push({
      rowType: 'committee',
      proposalRef: null,
      title: committee,
      committee,
      amounts: { ...sum },
      investment: null,
      approvedWith: null,
      sourceLine: line++,
    });
  }
  rows1.push({
    rowType: 'total',
    proposalRef: null,
    title: 'I alt',
    committee: '',
    amounts: grand,
    investment: null,
    approvedWith: null,
    sourceLine: line++,
  });
  const t1: CatalogTable = {
    name: 'Tabel 1',
    title: 'Effektiviseringer i budget 2026 fordelt på udvalg',
    unit: 't.kr',
    priceLevelYear: 2026,
    years,
    rows: rows1,
    sourceLine: 1,
  };
  const t2: CatalogTable = {
    name: 'Tabel 2',
    title: 'Effektiviseringer i budget 2026 fordelt på forslag',
    unit: 't.kr',
    priceLevelYear: 2026,
    years,
    rows: rows2,
    sourceLine: 2,
  };
  return {
    format: 'gevinst.document/1',
    source: null,
    priceLevelYear: 2026,
    catalog: { tables: [t1, t2], rows: [...rows1, ...rows2] },
    proposals,
    warnings: [],
  };
}
