// The round-trip property of issue 3: reading what the writer wrote gives back the same proposal.
// Random documents (src/formats/text-catalog/writer/arbitraries.ts) are rendered as 2026-style
// catalog text, once clean and once with every conversion artefact (seeded), and read back with
// the text-catalog reader. Each aspect is compared through a projection of its own, so a failure
// names what the reader lost; source lines and the reader's warnings are not compared.
//
// Runs per property: GEVINST_ROUNDTRIP_RUNS (default 300 documents of 1–6 proposals, i.e. about a
// thousand proposals per aspect and mode).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_FORMAT,
  emptyProposal,
  type BudgetArea,
  type Catalog,
  type CatalogRow,
  type CatalogTable,
  type Consultation,
  type Economy,
  type EconomyLine,
  type FollowUpTarget,
  type GevinstDocument,
  type Proposal,
  type YearAmounts,
} from '../src/core/model.ts';
import { readTextCatalog } from '../src/formats/text-catalog/index.ts';
import { documentArbitrary, type GeneratorOptions } from '../src/formats/text-catalog/writer/arbitraries.ts';
import {
  CLEAN,
  renderTextCatalog,
  withArtefacts,
  type RenderOptions,
  type WriterOptions,
} from '../src/formats/text-catalog/writer/index.ts';
import { ADMINISTRATION_NAMES, COMMITTEE_NAMES } from '../src/formats/text-catalog/writer/names.ts';
import { withEngineStated } from '../src/formats/text-catalog/writer/stated.ts';
import {
  demoDocument,
  renderDemoCatalog,
  renderDemoPreAnalyses,
} from '../src/formats/text-catalog/writer/demo.ts';
import { demoProposals } from '../src/demo/budget-2027.ts';

const RUNS = Number(process.env.GEVINST_ROUNDTRIP_RUNS ?? 300);

// ---- projections -------------------------------------------------------------------------------

/** Whitespace collapsed; an empty field is the same as an absent one. */
const text = (s: string | null | undefined): string | null => {
  const t = s === null || s === undefined ? '' : s.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
};

/** Master-data id for an id or a printed name (the reader may give either). */
function idFor(names: Readonly<Record<string, string>>, value: string): string {
  if (names[value] !== undefined) return value;
  const v = text(value)?.toLowerCase();
  const hit = Object.entries(names).find(([, name]) => name.toLowerCase() === v);
  return hit ? hit[0] : value;
}

/** Amounts with keys in year order; empty and absent are the same (nothing printed). */
function amounts(a: YearAmounts | undefined | null): YearAmounts {
  const out: YearAmounts = {};
  for (const k of Object.keys(a ?? {}).sort()) out[k] = (a as YearAmounts)[k] as number;
  return out;
}

function byArea(
  a: Partial<Record<BudgetArea, YearAmounts>> | undefined,
): Partial<Record<BudgetArea, YearAmounts>> {
  const out: Partial<Record<BudgetArea, YearAmounts>> = {};
  for (const k of Object.keys(a ?? {}).sort() as BudgetArea[]) {
    const v = amounts(a?.[k]);
    if (Object.keys(v).length > 0) out[k] = v;
  }
  return out;
}

function identity(p: Proposal) {
  return {
    ref: text(p.ref),
    title: text(p.title),
    kind: p.kind,
    presenting: p.presentingAdministrations.map((a) => idFor(ADMINISTRATION_NAMES, a)),
  };
}

function economyLines(e: Economy | null) {
  if (!e) return null;
  return {
    years: e.years,
    lines: e.lines.map((l) => ({
      label: text(l.label),
      section: l.section,
      budgetArea: l.budgetArea,
      amounts: amounts(l.amounts),
    })),
  };
}

function stated(e: Economy | null) {
  if (!e) return null;
  const s = e.stated;
  return {
    permanentChange: amounts(s.permanentChange),
    permanentByArea: byArea(s.permanentByArea),
    implementationCost: amounts(s.implementationCost),
    implementationByArea: byArea(s.implementationByArea),
    economicImpact: amounts(s.economicImpact),
    paybackService: s.paybackService,
    paybackTotal: s.paybackTotal,
  };
}

function followUp(rows: FollowUpTarget[]) {
  return rows.map((r) => ({
    group: text(r.group),
    target: text(r.target),
    measure: text(r.measure),
    responsible: text(r.responsible),
    when: text(r.when),
  }));
}

function consultation(c: Consultation) {
  // A dated row prints only its date; the text is compared where there is no date.
  // CFØ's row may come back as "Center for Økonomi" or with ", Økonomiforvaltningen": one body.
  const body = /^center for økonomi/i.test(c.body) ? 'Center for Økonomi' : text(c.body);
  return { body, answer: c.answer, date: c.date, text: c.date === null ? text(c.text) : null };
}

function hearing(p: Proposal) {
  return { consultations: p.consultations.map(consultation), partners: p.partners.map(text) };
}

/** The risk text without its leading level word ("Lav. …"): a reader may keep it in the text. */
function riskText(level: string | null, t: string): string | null {
  const s = text(t) ?? '';
  const lead = level ? `${level}.` : null;
  return text(lead && s.startsWith(lead) ? s.slice(lead.length) : s);
}

function annex(p: Proposal) {
  const t = p.administrationEffect;
  return {
    summary: text(p.summary),
    risk: p.risk ? { level: p.risk.level, text: riskText(p.risk.level, p.risk.text) } : null,
    innovationOrigin: p.innovationOrigin,
    administrationEffect: t
      ? t.rows.map((r) => ({ label: text(r.label), amounts: amounts(r.amounts) }))
      : null,
  };
}

function catalogRow(r: CatalogRow) {
  return {
    rowType: r.rowType,
    proposalRef: r.proposalRef,
    title: text(r.title),
    committee: r.rowType === 'total' ? 'I alt' : idFor(COMMITTEE_NAMES, r.committee),
    amounts: amounts(r.amounts),
    investment: r.investment,
    approvedWith: text(r.approvedWith),
  };
}

function catalogGroups(r: CatalogRow) {
  return {
    proposalRef: r.proposalRef,
    title: text(r.title),
    group: r.rowType === 'proposal' ? text(r.group) : null,
  };
}

// ---- the property ------------------------------------------------------------------------------

type Aspect = (doc: GevinstDocument) => unknown;

const perProposal =
  (f: (p: Proposal) => unknown): Aspect =>
  (doc) =>
    doc.proposals.map((p) => ({ ref: p.ref, value: f(p) }));

const ASPECTS: [string, Aspect][] = [
  ['reference, title, kind and presenting administration', perProposal(identity)],
  ['every economy line: label, section, budget area, amounts', perProposal((p) => economyLines(p.economy))],
  ['stated rows and both paybacks', perProposal((p) => stated(p.economy))],
  ['follow-up targets (four columns and group)', perProposal((p) => followUp(p.followUp))],
  ['consultations and partners', perProposal(hearing)],
  ['catalog rows', (doc) => (doc.catalog?.rows ?? []).map(catalogRow)],
  ['catalog group of each proposal row', (doc) => (doc.catalog?.rows ?? []).map(catalogGroups)],
  ['summary, risk, innovation checkbox, administration effect', perProposal(annex)],
];

interface Mode {
  name: string;
  gen: GeneratorOptions;
  writer: (seed: number) => Partial<WriterOptions>;
}

const MODES: Mode[] = [
  { name: 'clean text', gen: { blanks: false, numbersInTitles: false }, writer: () => CLEAN },
  {
    name: 'text with every conversion artefact',
    gen: { blanks: true, numbersInTitles: true },
    writer: (seed) => withArtefacts(seed),
  },
];

function render(doc: GevinstDocument, options: RenderOptions): string {
  return renderTextCatalog(doc, options);
}

function readBack(rendered: string): GevinstDocument {
  try {
    return readTextCatalog(rendered, null);
  } catch (e) {
    throw new Error(`The reader rejected the writer's text: ${(e as Error).message}`, { cause: e });
  }
}

/** A generated document that prints as its rendered text in a counterexample, not as JSON. */
function shown(mode: Mode): fc.Arbitrary<{ doc: GevinstDocument; seed: number; text: string }> {
  return fc
    .tuple(documentArbitrary(mode.gen), fc.integer({ min: 1, max: 2 ** 31 - 1 }))
    .map(([doc, seed]) => {
      const text = render(doc, mode.writer(seed));
      return {
        doc,
        seed,
        text,
        [fc.toStringMethod]: () => `writer seed ${seed}, ${doc.proposals.length} proposal(s); text:\n${text}`,
      };
    });
}

for (const mode of MODES) {
  describe(`round trip, ${mode.name}: read(render(doc)) gives back`, () => {
    for (const [name, project] of ASPECTS) {
      it(name, () => {
        fc.assert(
          fc.property(shown(mode), ({ doc, text }) => {
            const back = readBack(text);
            expect(back.proposals.map((p) => p.ref)).toEqual(doc.proposals.map((p) => p.ref));
            expect(project(back)).toEqual(project(doc));
          }),
          { numRuns: RUNS },
        );
      });
    }
  });
}

// ---- the smallest failing cases the property found, kept as examples --------------------------
// Each is a document of one proposal (or one catalog row) rendered by the writer and read back;
// the comment names what the reader returned when the case was found (24 Nov 2026).

function tinyProposal(kind: Proposal['kind'] = 'investering'): Proposal {
  const p = emptyProposal('Forslag 1', 'Kortere sagsbehandling', kind);
  p.presentingAdministrations = ['BIF'];
  p.summary = 'Sagsbehandlingen forenkles.';
  const lines: EconomyLine[] = [
    {
      label: 'Færre sagsbehandlere',
      section: 'varig',
      budgetArea: 'service',
      amounts: { '2025': -200000, '2026': -400000, '2027': -400000 },
      sourceLine: null,
    },
  ];
  if (kind === 'investering') {
    lines.push({
      label: 'Projektledelse',
      section: 'implementering',
      budgetArea: 'service',
      amounts: { '2025': 500000, '2026': 100000, '2027': 0 },
      sourceLine: null,
    });
  }
  p.economy = withEngineStated(
    {
      unit: 't.kr',
      priceLevelYear: 2026,
      years: [2025, 2026, 2027],
      lines,
      stated: {
        permanentChange: {},
        implementationCost: {},
        economicImpact: {},
        paybackService: null,
        paybackTotal: null,
      },
    },
    kind,
  );
  p.followUp = [
    {
      group: 'Realisering af effektiviseringer',
      target: 'Kortere ventetid',
      measure: 'Måling af ventetid',
      responsible: 'Kontorchefen',
      when: 'Q2 2026',
      sourceLine: null,
    },
    {
      group: 'Realisering af effektiviseringer',
      target: 'Færre årsværk',
      measure: 'Lønbudgettet',
      responsible: 'Økonomichefen',
      when: 'Ultimo 2026',
      sourceLine: null,
    },
  ];
  p.risk = { level: 'Lav', text: 'Løsningen er afprøvet.', sourceLine: null };
  p.innovationOrigin = false;
  p.sections = [
    { heading: 'Implementering og opfølgning', text: 'Projektet følger kommunens model.', sourceLine: null },
  ];
  return p;
}

function tinyDocument(p: Proposal, catalog: Catalog | null = null): GevinstDocument {
  return {
    format: DOCUMENT_FORMAT,
    source: null,
    priceLevelYear: 2026,
    catalog,
    proposals: [p],
    warnings: [],
  };
}

function roundTrip(doc: GevinstDocument, options: RenderOptions): { text: string; back: GevinstDocument } {
  const text = render(doc, options);
  return { text, back: readBack(text) };
}

/** The largest page length that puts a page banner between two lines of the clean text. */
function pageBreakBetween(doc: GevinstDocument, after: string, before: string): number {
  for (let pageLines = 200; pageLines >= 8; pageLines--) {
    const lines = render(doc, { ...CLEAN, pageLines }).split('\n');
    const a = lines.findIndex((l) => l.startsWith(after));
    const b = lines.findIndex((l, i) => i > a && l.startsWith(before));
    const banner = lines.findIndex((l, i) => i > a && i < b && l === 'Overførselssagen 2024-2025');
    if (a >= 0 && b > a && banner > a) return pageLines;
  }
  throw new Error(`no page length puts a break between "${after}" and "${before}"`);
}

describe('round trip, smallest failing cases found by the property', () => {
  it('a clean Tabel 2 header on one line ("Udvalg 2026 … 2030 (varig) Samlet Investering Godkendt med")', () => {
    // Found: "Katalogrækken har 5 tal, men tabellen har 0 årskolonner"; every Tabel 2 row was lost.
    const amounts = { '2026': 639000, '2027': 1183000, '2028': 1183000, '2029': 1183000, '2030': 1183000 };
    const row = (r: Partial<CatalogRow>): CatalogRow => ({
      rowType: 'proposal',
      proposalRef: null,
      title: '',
      committee: 'BIU',
      amounts,
      investment: null,
      approvedWith: null,
      sourceLine: 0,
      ...r,
    });
    const table: CatalogTable = {
      name: 'Tabel 2',
      title: 'Effektiviseringer i budget 2026 fordelt på forslag',
      unit: 't.kr',
      priceLevelYear: 2026,
      years: [2026, 2027, 2028, 2029, 2030],
      sourceLine: 0,
      rows: [
        row({ rowType: 'committee', title: 'Beskæftigelses- og Integrationsudvalget', investment: 2945000 }),
        row({
          proposalRef: 'Forslag 1',
          title: 'Kortere sagsbehandling',
          investment: 2945000,
          approvedWith: 'OFS 24-25',
          group: 'Investeringsforslag',
        }),
        row({ rowType: 'total', title: 'I alt', committee: 'I alt', investment: 2945000 }),
      ],
    };
    const doc = tinyDocument(tinyProposal(), { tables: [table], rows: table.rows });
    const { back } = roundTrip(doc, { ...CLEAN, oneLineCatalogHeader: true });
    expect((back.catalog?.rows ?? []).map(catalogRow)).toEqual(table.rows.map(catalogRow));
  });

  it('single-digit values in a clean row ("… 0 0 1 0") stay separate values', () => {
    // Found: "Samlede implementeringsomkostninger 0 0 0 1 0" read as { …, 2028: 10000 }, 2029 missing.
    const p = tinyProposal();
    p.economy!.lines[1]!.amounts = { '2025': 0, '2026': 1000, '2027': 0 };
    p.economy = withEngineStated(p.economy!, 'investering');
    const { back } = roundTrip(tinyDocument(p), CLEAN);
    expect(economyLines(back.proposals[0]?.economy ?? null)).toEqual(economyLines(p.economy));
    expect(stated(back.proposals[0]?.economy ?? null)).toEqual(stated(p.economy));
  });

  it('a clean CFØ approval row ("Center for Økonomi, Økonomiforvaltningen Ja 29. januar 2025")', () => {
    // Found: consultations [] (the reader expects "Ja <date>" at the start of its own line).
    const p = tinyProposal();
    p.consultations = [
      {
        body: 'Center for Økonomi, Økonomiforvaltningen',
        answer: 'ja',
        date: '2025-01-29',
        text: null,
        sourceLine: null,
      },
    ];
    const { back } = roundTrip(tinyDocument(p), CLEAN);
    expect(back.proposals[0] && hearing(back.proposals[0])).toEqual(hearing(p));
  });

  it('an innovation checkbox with neither box ticked ("☐ Ja" / "☐ Nej") reads as unknown', () => {
    // Found: innovationOrigin true.
    const p = tinyProposal();
    p.innovationOrigin = null;
    const { back } = roundTrip(tinyDocument(p), CLEAN);
    expect(back.proposals[0]?.innovationOrigin).toBeNull();
  });

  it('a page break inside the economy table, with its header repeated', () => {
    // Found: an extra line "Styringsområde" with the years as amounts ({ 2025: 2025000, … }).
    const p = tinyProposal();
    const doc = tinyDocument(p);
    const pageLines = pageBreakBetween(doc, 'Færre sagsbehandlere', 'Samlet økonomisk påvirkning');
    const { back } = roundTrip(doc, { ...CLEAN, pageLines });
    expect(economyLines(back.proposals[0]?.economy ?? null)).toEqual(economyLines(p.economy));
  });

  it('a page break inside the follow-up table, with its four headings repeated', () => {
    // Found: the repeated headings read as a cell ("Opfølgningsmål Hvordan måles …"), columns shifted.
    const p = tinyProposal();
    const doc = tinyDocument(p);
    const pageLines = pageBreakBetween(doc, 'Kortere ventetid', 'Ultimo 2026');
    const { back } = roundTrip(doc, { ...CLEAN, pageLines });
    expect(followUp(back.proposals[0]?.followUp ?? [])).toEqual(followUp(p.followUp));
  });

  it('a group row of the follow-up table with a broken word ("Realisering af effektivise ringer")', () => {
    // Found: the group came back as printed, with the break inside the word.
    const p = tinyProposal();
    const doc = tinyDocument(p);
    let seed = 1;
    for (; seed < 500; seed++) {
      const text = render(doc, { ...CLEAN, seed, brokenTemplateWords: 1 });
      const group = text.split('\n').find((l) => l.replace(/\s/g, '') === 'Realiseringafeffektiviseringer');
      if (group && group !== 'Realisering af effektiviseringer') break;
    }
    const { back } = roundTrip(doc, { ...CLEAN, seed, brokenTemplateWords: 1 });
    expect(followUp(back.proposals[0]?.followUp ?? []).map((f) => f.group)).toEqual(
      followUp(p.followUp).map((f) => f.group),
    );
  });

  it('a wrapped label whose values line starts with a two-word area ("Efterspørgselsstyret indsats 20 -6.703")', () => {
    // Found: the label became "Efterspørgselsstyret indsats", the area null, the wrapped label lost.
    const p = tinyProposal();
    p.economy!.lines[0]!.budgetArea = 'efterspoergselsstyret';
    p.economy!.lines[0]!.label = 'Elcykler for vikardækning i udvikling';
    p.economy = withEngineStated(p.economy!, 'investering');
    const doc = tinyDocument(p);
    let seed = 1;
    for (; seed < 500; seed++) {
      const lines = render(doc, { ...CLEAN, seed, wrapLabels: 1 }).split('\n');
      if (lines.some((l) => l.startsWith('Efterspørgselsstyret indsats -'))) break;
    }
    const { back } = roundTrip(doc, { ...CLEAN, seed, wrapLabels: 1 });
    expect(economyLines(back.proposals[0]?.economy ?? null)).toEqual(economyLines(p.economy));
  });

  it('a clean Tabel 3 row whose label ends in "hovedfunktion 6.45"', () => {
    // Found: "6.45" read as a value; the label lost "6.45" and the values shifted by one year.
    const p = tinyProposal();
    const years = [2025, 2026, 2027];
    const amounts = { '2025': 0, '2026': -200000, '2027': -400000 };
    p.administrationEffect = {
      id: 'administration',
      title: 'Varige ændringer, administration',
      unit: 't.kr',
      priceLevelYear: 2026,
      years,
      sourceLine: null,
      rows: [
        {
          label: 'Effekt på lønudgifter på hovedkonto 6 og øvrige adm. udgifter på hovedfunktion 6.45',
          amounts,
          sourceLine: null,
        },
        {
          label: 'Effekt på øvrige administrative udgifter',
          amounts: { '2025': 0, '2026': 0, '2027': 0 },
          sourceLine: null,
        },
        { label: 'Varige ændringer totalt, administration', amounts, sourceLine: null, isTotal: true },
      ],
    };
    const { back } = roundTrip(tinyDocument(p), CLEAN);
    expect(back.proposals[0] && annex(back.proposals[0]).administrationEffect).toEqual(
      annex(p).administrationEffect,
    );
  });

  it('a consultation row whose body stands alone, "Ja <text>" on the next line', () => {
    // Found: such a row is dropped (here both rows are laid out so, and consultations came back []).
    const p = tinyProposal();
    p.consultations = [
      { body: 'IT-kredsen', answer: 'ja', date: null, text: 'Forslaget er drøftet.', sourceLine: null },
      { body: 'MED-udvalg', answer: 'nej', date: '2025-02-05', text: null, sourceLine: null },
    ];
    const doc = tinyDocument(p);
    const text = render(doc, { ...CLEAN, wrapLabels: 1 });
    expect(text).toContain('\nIT-kredsen\nJa Forslaget er drøftet.\n');
    const back = readBack(text);
    expect(back.proposals[0] && hearing(back.proposals[0])).toEqual(hearing(p));
  });
});

describe('round trip, a word hyphenated across a page banner', () => {
  it('"samtykkeskab-" / banner / "eloner" reads as one word', () => {
    // Found: the banner was skipped but the halves were not joined ("samtykkeskab- eloner").
    const p = tinyProposal();
    p.risk = {
      level: null,
      text: 'Risikoen er lav, fordi samtykkeskabelonerne og sagsbehandlingsprocesserne er afprøvet i rehabiliteringsteamet.',
      sourceLine: null,
    };
    const doc = tinyDocument(p);
    const across = /\p{L}-\n\nOverførselssagen 2024-2025\nInvesteringsforslag\n\p{Ll}/u;
    let options: RenderOptions | null = null;
    for (let pageLines = 120; pageLines >= 8 && !options; pageLines--) {
      const o = { ...CLEAN, hyphenate: 1, width: 30, pageLines };
      const t = render(doc, o);
      const risk = t.slice(t.indexOf('4. Risikovurdering'), t.indexOf('Administrative bilag'));
      if (across.test(risk)) options = o;
    }
    expect(options).not.toBeNull();
    const { back } = roundTrip(doc, options!);
    expect(back.proposals[0]?.risk && riskText(null, back.proposals[0].risk.text)).toBe(
      riskText(null, p.risk.text),
    );
  });
});

describe('round trip, a broken word in the Tabel 1 header', () => {
  it('"Udv alg  2026  2027 …" still starts Tabel 1', () => {
    // Found: Tabel 1 lost its rows and they ran into Tabel 2 (its title glued to a committee name).
    const amounts = { '2026': 0, '2027': 450000, '2028': 900000, '2029': 900000, '2030': 900000 };
    const base = {
      unit: 't.kr' as const,
      priceLevelYear: 2026,
      years: [2026, 2027, 2028, 2029, 2030],
      sourceLine: 0,
    };
    const committee: CatalogRow = {
      rowType: 'committee',
      proposalRef: null,
      title: 'Beskæftigelses- og Integrationsudvalget',
      committee: 'BIU',
      amounts,
      investment: null,
      approvedWith: null,
      sourceLine: 0,
    };
    const total: CatalogRow = { ...committee, rowType: 'total', title: 'I alt', committee: 'I alt' };
    const t1: CatalogTable = {
      ...base,
      name: 'Tabel 1',
      title: 'Effektiviseringer i budget 2026 fordelt på forvaltninger',
      rows: [committee, total],
    };
    const t2: CatalogTable = {
      ...base,
      name: 'Tabel 2',
      title: 'Effektiviseringer i budget 2026 fordelt på forslag',
      rows: [
        { ...committee, investment: 1200000 },
        {
          ...committee,
          rowType: 'proposal',
          proposalRef: 'Forslag 1',
          title: 'Kortere sagsbehandling',
          investment: 1200000,
          approvedWith: 'OFS 24-25',
          group: 'Investeringsforslag',
        },
        { ...total, investment: 1200000 },
      ],
    };
    const doc = tinyDocument(tinyProposal(), { tables: [t1, t2], rows: [...t1.rows, ...t2.rows] });
    const clean = render(doc, CLEAN).split('\n');
    let options: RenderOptions | null = null;
    for (let seed = 1; seed < 20000 && !options; seed++) {
      const o = { ...CLEAN, seed, brokenTemplateWords: 0.05 };
      const lines = render(doc, o).split('\n');
      const changed = lines.flatMap((l, i) => (l !== clean[i] ? [l] : []));
      if (lines.length === clean.length && changed.length === 1 && /^Udv alg {2}2026/.test(changed[0] ?? ''))
        options = o;
    }
    expect(options).not.toBeNull();
    const { back } = roundTrip(doc, options!);
    expect((back.catalog?.rows ?? []).map(catalogRow)).toEqual(doc.catalog!.rows.map(catalogRow));
  });
});

describe('round trip, smallest failing cases found with the demo round', () => {
  it('a follow-up table without group rows', () => {
    // Found: the four column headings read as the first target; every column shifted by one.
    const p = tinyProposal('effektivisering');
    p.followUp = p.followUp.map((f) => ({ ...f, group: null }));
    const { back } = roundTrip(tinyDocument(p), CLEAN);
    expect(followUp(back.proposals[0]?.followUp ?? [])).toEqual(followUp(p.followUp));
  });
});

describe('round trip of the demo round (src/demo, rendered by writer/demo.ts)', () => {
  const proposals = demoProposals().map((d) => d.proposal);
  const options = { roundName: 'Budget 2027', priceLevelYear: 2027 };
  const expected = demoDocument(proposals, options);
  const inCatalog = { ...expected, proposals: expected.proposals.filter((p) => p.kind !== 'foranalyse') };

  for (const [name, project] of ASPECTS.filter(([n]) => !n.startsWith('summary'))) {
    it(name, () => {
      const back = readBack(renderDemoCatalog(proposals, options));
      expect(project(back)).toEqual(project(inCatalog));
    });
  }

  it('each pre-analysis: kind, title and the amount asked for', () => {
    for (const pre of renderDemoPreAnalyses(proposals, options)) {
      const want = proposals.find((p) => p.ref === pre.ref)!;
      const got = readBack(pre.text).proposals;
      expect(
        got.map((p) => ({ kind: p.kind, title: text(p.title), requestedAmount: p.requestedAmount })),
      ).toEqual([{ kind: 'foranalyse', title: text(want.title), requestedAmount: want.requestedAmount }]);
    }
  });
});
