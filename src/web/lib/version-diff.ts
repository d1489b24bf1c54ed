// What changed between two versions of a proposal, as a finance officer reads it: every number
// of every table (economy lines matched by section, label and occurrence; Kvantum and
// administration tables by title and row), the totals the document states, the engine's own
// totals and payback times, and every text field under its Danish label. Pure: the page renders
// the answer, the unit test pins it.
import type { AmountTable, Proposal, YearAmounts } from '../../core/model.ts';
import { deriveProposal } from '../../core/derive.ts';
import { formatAmount } from '../../core/amount.ts';
import { da } from '../i18n/da.ts';
import { formatDate } from './dates.ts';
import { paybackText } from './economy-rows.ts';

/** One number that changed: its table, its line and its year (null for a one-off amount). */
export interface NumberChange {
  table: string;
  line: string;
  year: number | null;
  before: number | null;
  after: number | null;
}

/** One text field that changed, its values already written for people. */
export interface TextChange {
  field: string;
  before: string;
  after: string;
}

export interface ProposalDiff {
  numbers: NumberChange[];
  texts: TextChange[];
}

type Row = { label: string; amounts: YearAmounts };

/** Rows keyed by label and occurrence, so two lines with one label stay apart. */
function keyed(rows: readonly Row[], prefix: string): Map<string, Row> {
  const seen = new Map<string, number>();
  const out = new Map<string, Row>();
  for (const row of rows) {
    const base = `${prefix}|${row.label}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.set(`${base}#${n}`, row);
  }
  return out;
}

function compareRows(
  out: NumberChange[],
  table: (key: string) => string,
  a: Map<string, Row>,
  b: Map<string, Row>,
): void {
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key);
    const y = b.get(key);
    compareAmounts(out, table(key), (y ?? x)?.label ?? key, x?.amounts, y?.amounts);
  }
}

function compareAmounts(
  out: NumberChange[],
  table: string,
  line: string,
  x: YearAmounts | undefined,
  y: YearAmounts | undefined,
): void {
  const years = new Set([...Object.keys(x ?? {}), ...Object.keys(y ?? {})]);
  for (const year of [...years].sort()) {
    const v0 = x?.[year];
    const v1 = y?.[year];
    if (v0 !== v1) out.push({ table, line, year: Number(year), before: v0 ?? null, after: v1 ?? null });
  }
}

function compareTables(out: NumberChange[], a: readonly AmountTable[], b: readonly AmountTable[]): void {
  const byTitle = (tables: readonly AmountTable[]) => {
    const map = new Map<string, Row>();
    for (const t of tables) {
      const title = t.title || t.id;
      for (const [key, row] of keyed(t.rows, title)) map.set(key, row);
    }
    return map;
  };
  compareRows(out, (key) => key.slice(0, key.indexOf('|')), byTitle(a), byTitle(b));
}

const yesNo = (v: boolean | null): string => (v === null ? da.editor.notStated : v ? da.yes : da.no);

/** The text fields in the order the template prints them, each written as a person reads it. */
function textFields(p: Proposal): [string, string][] {
  const fields: [string, string][] = [
    [da.editor.ref, p.ref],
    [da.editor.titleField, p.title],
    [da.editor.kind, da.kinds[p.kind] ?? p.kind],
    [da.proposal.presenting, p.presentingAdministrations.join(', ')],
    [
      da.proposal.affected,
      p.affectedAdministrations
        .filter((a) => a.checked)
        .map((a) => a.administration)
        .join(', '),
    ],
    [da.proposal.innovation, yesNo(p.innovationOrigin)],
    [da.proposal.summary, p.summary ?? ''],
  ];
  const seen = new Map<string, number>();
  for (const s of p.sections) {
    const n = (seen.get(s.heading) ?? 0) + 1;
    seen.set(s.heading, n);
    fields.push([n === 1 ? s.heading : `${s.heading} (${n})`, s.text]);
  }
  if (p.economy) {
    fields.push([
      da.editor.priceLevelYear,
      p.economy.priceLevelYear === null ? '' : String(p.economy.priceLevelYear),
    ]);
    fields.push([da.diff.unit, p.economy.unit]);
    const stated = p.economy.stated;
    fields.push([
      da.diff.statedPaybackService,
      stated.paybackServiceText ?? stated.paybackService?.toString() ?? '',
    ]);
    fields.push([
      da.diff.statedPaybackTotal,
      stated.paybackTotalText ?? stated.paybackTotal?.toString() ?? '',
    ]);
  }
  const derived = deriveProposal(p);
  if (derived) {
    fields.push([
      da.diff.computedPaybackService,
      paybackText(derived.paybackService, derived.paybackServiceYear),
    ]);
    fields.push([da.diff.computedPaybackTotal, paybackText(derived.paybackTotal, derived.paybackTotalYear)]);
  }
  fields.push([da.proposal.riskLevel, p.risk?.level ?? '']);
  fields.push([da.proposal.risk, p.risk?.text ?? '']);
  fields.push([
    da.proposal.consultations,
    p.consultations
      .map((c) =>
        [
          c.body,
          c.answer === 'ja' ? da.yes : c.answer === 'nej' ? da.no : null,
          c.date === null ? null : formatDate(c.date),
          c.text,
        ]
          .filter(Boolean)
          .join(' · '),
      )
      .join('\n'),
  ]);
  fields.push([da.proposal.partners, p.partners.join('\n')]);
  fields.push([
    da.proposal.followUp,
    p.followUp
      .map((f) => [f.group, f.target, f.measure, f.responsible, f.when].filter(Boolean).join(' · '))
      .join('\n'),
  ]);
  return fields;
}

export function diffProposals(before: Proposal, after: Proposal): ProposalDiff {
  const numbers: NumberChange[] = [];
  const sectionOf = (key: string) => da.sections[key.slice(0, key.indexOf('|'))] ?? key;
  compareRows(numbers, sectionOf, economyRows(before), economyRows(after));
  const s0 = before.economy?.stated;
  const s1 = after.economy?.stated;
  compareAmounts(
    numbers,
    da.proposal.statedRow,
    da.proposal.permanentTotal,
    s0?.permanentChange,
    s1?.permanentChange,
  );
  compareAmounts(
    numbers,
    da.proposal.statedRow,
    da.proposal.implementationTotal,
    s0?.implementationCost,
    s1?.implementationCost,
  );
  compareAmounts(
    numbers,
    da.proposal.statedRow,
    da.proposal.impactTotal,
    s0?.economicImpact,
    s1?.economicImpact,
  );
  const d0 = deriveProposal(before);
  const d1 = deriveProposal(after);
  compareAmounts(
    numbers,
    da.proposal.computedRow,
    da.proposal.permanentTotal,
    d0?.permanentChange,
    d1?.permanentChange,
  );
  compareAmounts(
    numbers,
    da.proposal.computedRow,
    da.proposal.implementationTotal,
    d0?.implementationCost,
    d1?.implementationCost,
  );
  if ((d0?.investmentTotal ?? null) !== (d1?.investmentTotal ?? null))
    numbers.push({
      table: da.proposal.computedRow,
      line: da.proposal.investmentTotal,
      year: null,
      before: d0?.investmentTotal ?? null,
      after: d1?.investmentTotal ?? null,
    });
  if (before.requestedAmount !== after.requestedAmount)
    numbers.push({
      table: da.proposal.economy,
      line: da.proposal.requestedAmount,
      year: null,
      before: before.requestedAmount,
      after: after.requestedAmount,
    });
  compareTables(
    numbers,
    before.administrationEffect ? [before.administrationEffect] : [],
    after.administrationEffect ? [after.administrationEffect] : [],
  );
  compareTables(numbers, before.kvantumTables, after.kvantumTables);

  const texts: TextChange[] = [];
  const a = new Map(textFields(before));
  const b = new Map(textFields(after));
  for (const field of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(field) ?? '';
    const y = b.get(field) ?? '';
    if (x !== y) texts.push({ field, before: x, after: y });
  }
  return { numbers, texts };
}

function economyRows(p: Proposal): Map<string, Row> {
  const out = new Map<string, Row>();
  for (const section of ['varig', 'implementering'] as const) {
    const lines = (p.economy?.lines ?? []).filter((l) => l.section === section);
    for (const [key, row] of keyed(lines, section)) out.set(key, row);
  }
  return out;
}

/** A changed amount for the table: the unit's form, "tom" for none. */
export function formatChangedAmount(value: number | null, unit: Parameters<typeof formatAmount>[1]): string {
  return value === null ? da.proposal.blank : formatAmount(value, unit);
}
