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
import type {
  BudgetArea,
  CatalogRow,
  Consultation,
  Economy,
  FollowUpTarget,
  GevinstDocument,
  Proposal,
  YearAmounts,
} from '../src/core/model.ts';
import { readTextCatalog } from '../src/formats/text-catalog/index.ts';
import { documentArbitrary, type GeneratorOptions } from '../src/formats/text-catalog/writer/arbitraries.ts';
import { CLEAN, renderTextCatalog, withArtefacts, type WriterOptions } from '../src/formats/text-catalog/writer/index.ts';
import { ADMINISTRATION_NAMES, COMMITTEE_NAMES } from '../src/formats/text-catalog/writer/names.ts';

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

function byArea(a: Partial<Record<BudgetArea, YearAmounts>> | undefined): Partial<Record<BudgetArea, YearAmounts>> {
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
    lines: e.lines.map((l) => ({ label: text(l.label), section: l.section, budgetArea: l.budgetArea, amounts: amounts(l.amounts) })),
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
  return { body: text(c.body), answer: c.answer, date: c.date, text: c.date === null ? text(c.text) : null };
}

function hearing(p: Proposal) {
  return { consultations: p.consultations.map(consultation), partners: p.partners.map(text) };
}

function annex(p: Proposal) {
  const t = p.administrationEffect;
  return {
    summary: text(p.summary),
    risk: p.risk ? { level: p.risk.level, text: text(p.risk.text) } : null,
    innovationOrigin: p.innovationOrigin,
    administrationEffect: t ? t.rows.map((r) => ({ label: text(r.label), amounts: amounts(r.amounts) })) : null,
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
  return { proposalRef: r.proposalRef, title: text(r.title), group: r.rowType === 'proposal' ? text(r.group) : null };
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

function render(doc: GevinstDocument, options: Partial<WriterOptions>): string {
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
  return fc.tuple(documentArbitrary(mode.gen), fc.integer({ min: 1, max: 2 ** 31 - 1 })).map(([doc, seed]) => {
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
