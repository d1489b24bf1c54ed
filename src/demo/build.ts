// Helpers to write demo proposals compactly: amounts are given in 1.000 kr. (as the template
// prints them) and become whole kroner here. The stated totals are what Gevinst's own template
// would print for these lines, so they come from the engine, never typed by hand.
import { computeEconomy } from '../core/derive.ts';
import {
  type BudgetArea,
  type Economy,
  type EconomyLine,
  type Proposal,
  type ProposalKind,
  type Section,
  emptyProposal,
} from '../core/model.ts';

export type LineSpec = [
  label: string,
  section: Section,
  area: BudgetArea | null,
  amountsTkr: (number | null)[],
];

export const DEMO_YEARS = [2027, 2028, 2029, 2030, 2031, 2032];

export function economy(lines: LineSpec[], years: number[] = DEMO_YEARS, priceLevelYear = 2027): Economy {
  const built: EconomyLine[] = lines.map(([label, section, budgetArea, values]) => {
    const amounts: Record<string, number> = {};
    values.forEach((v, i) => {
      const year = years[i];
      if (v !== null && year !== undefined) amounts[String(year)] = v * 1000;
    });
    return { label, section, budgetArea, amounts, sourceLine: null };
  });
  const draft: Economy = {
    unit: 't.kr',
    priceLevelYear,
    years,
    lines: built,
    stated: {
      permanentChange: {},
      implementationCost: {},
      economicImpact: {},
      paybackService: null,
      paybackTotal: null,
    },
  };
  const d = computeEconomy(draft);
  draft.stated = {
    permanentChange: d.permanentChange,
    implementationCost: d.implementationCost,
    economicImpact: d.economicImpact,
    paybackService: d.paybackService,
    paybackTotal: d.paybackTotal,
  };
  return draft;
}

export interface DemoSpec {
  ref: string;
  title: string;
  kind: ProposalKind;
  administration: string;
  affected?: string[];
  summary: string;
  background: string;
  description: string;
  lines: LineSpec[];
  followUp: [target: string, measure: string, responsible: string, when: string][];
  risk: [level: string, text: string];
  partners?: string[];
  requestedAmount?: number;
  /** Date (yyyy-mm-dd) Center for Økonomi approved the final proposal; absent = not yet. */
  cfoeApproved?: string;
  /** The table's years and p/l year, when not Budget 2027's (2027–2032, 2027 p/l). */
  years?: number[];
}

export function proposal(spec: DemoSpec): Proposal {
  const p = emptyProposal(spec.ref, spec.title, spec.kind);
  p.presentingAdministrations = [spec.administration];
  p.affectedAdministrations = (spec.affected ?? []).map((administration) => ({
    administration,
    checked: true,
  }));
  p.summary = spec.summary;
  p.innovationOrigin = false;
  p.economy =
    spec.lines.length > 0 ? economy(spec.lines, spec.years ?? DEMO_YEARS, spec.years?.[0] ?? 2027) : null;
  p.sections = [
    { heading: 'Baggrund og formål', text: spec.background, sourceLine: null },
    { heading: 'Beskrivelse af forslag', text: spec.description, sourceLine: null },
  ];
  p.followUp = spec.followUp.map(([target, measure, responsible, when]) => ({
    group: spec.kind === 'investering' ? 'Realisering af effektiviseringer' : null,
    target,
    measure,
    responsible,
    when,
    sourceLine: null,
  }));
  p.risk = { level: spec.risk[0], text: spec.risk[1], sourceLine: null };
  p.partners = spec.partners ?? [];
  p.consultations = [
    {
      body: 'Center for Økonomi',
      answer: spec.cfoeApproved ? 'ja' : null,
      date: spec.cfoeApproved ?? null,
      text: null,
      sourceLine: null,
    },
  ];
  p.requestedAmount = spec.requestedAmount ?? null;
  return p;
}
