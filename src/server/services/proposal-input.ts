// Checks a Proposal that arrives as JSON before it is stored: the shape of src/core/model.ts,
// every amount a whole number of kroner, every year key four digits. The message names the field
// in Danish. Optional parts the client left out get their empty value (emptyProposal), never an
// invented number.
import { assertKroner } from '../../core/amount.ts';
import { InvalidInput } from '../../core/errors.ts';
import { BUDGET_AREAS, emptyProposal, type Proposal, type ProposalKind } from '../../core/model.ts';

const KINDS: readonly ProposalKind[] = ['investering', 'effektivisering', 'foranalyse'];
const UNITS = ['kr', 't.kr', 'mio.kr'];

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fail(field: string, message: string): never {
  throw new InvalidInput(`Feltet "${field}": ${message}`, { field });
}

function text(v: unknown, field: string, max = 200_000): string {
  if (typeof v !== 'string') fail(field, 'skal være tekst.');
  if (v.length > max) fail(field, `er for langt (højst ${max} tegn).`);
  return v;
}

function textOrNull(v: unknown, field: string): string | null {
  return v === null || v === undefined ? null : text(v, field);
}

function amounts(v: unknown, field: string): void {
  if (!isObj(v)) fail(field, 'skal være et objekt med år som nøgler.');
  for (const [year, value] of Object.entries(v)) {
    if (!/^\d{4}$/.test(year)) fail(`${field}.${year}`, 'årstallet skal have fire cifre.');
    if (typeof value !== 'number')
      fail(`${field}.${year}`, 'skal være et tal (hele kroner); et tomt felt udelades.');
    try {
      assertKroner(value, 'Beløbet');
    } catch (e) {
      fail(`${field}.${year}`, e instanceof Error ? e.message : 'skal være hele kroner.');
    }
  }
}

function list(v: unknown, field: string): unknown[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) fail(field, 'skal være en liste.');
  return v;
}

function checkEconomy(e: unknown): void {
  if (e === null || e === undefined) return;
  if (!isObj(e)) fail('economy', 'skal være et objekt eller null.');
  if (typeof e.unit !== 'string' || !UNITS.includes(e.unit))
    fail('economy.unit', `skal være en af ${UNITS.join(', ')}.`);
  if (!Array.isArray(e.years) || e.years.some((y) => !Number.isInteger(y)))
    fail('economy.years', 'skal være en liste af årstal.');
  list(e.lines, 'economy.lines').forEach((line, i) => {
    const f = `economy.lines[${i}]`;
    if (!isObj(line)) fail(f, 'skal være et objekt.');
    text(line.label, `${f}.label`, 2000);
    if (line.section !== 'varig' && line.section !== 'implementering')
      fail(`${f}.section`, 'skal være "varig" eller "implementering".');
    if (
      line.budgetArea !== null &&
      line.budgetArea !== undefined &&
      !BUDGET_AREAS.includes(line.budgetArea as never)
    ) {
      fail(`${f}.budgetArea`, `skal være en af ${BUDGET_AREAS.join(', ')} eller null.`);
    }
    amounts(line.amounts, `${f}.amounts`);
  });
  if (!isObj(e.stated)) fail('economy.stated', 'skal være et objekt.');
  for (const key of ['permanentChange', 'implementationCost', 'economicImpact']) {
    amounts(e.stated[key] ?? {}, `economy.stated.${key}`);
  }
}

/** Returns the proposal with every required part present, or throws InvalidInput. */
export function parseProposalInput(input: unknown): Proposal {
  if (!isObj(input)) fail('proposal', 'mangler eller er ikke et objekt.');
  const ref = text(input.ref, 'ref', 100).trim();
  if (ref === '') fail('ref', 'forslaget skal have et nummer (fx "Forslag 3").');
  const title = text(input.title, 'title', 1000).trim();
  if (title === '') fail('title', 'forslaget skal have en titel.');
  if (typeof input.kind !== 'string' || !KINDS.includes(input.kind as ProposalKind))
    fail('kind', `skal være en af ${KINDS.join(', ')}.`);
  const base = emptyProposal(ref, title, input.kind as ProposalKind);
  const merged: Proposal = { ...base, ...input, ref, title };
  textOrNull(merged.summary, 'summary');
  list(merged.presentingAdministrations, 'presentingAdministrations').forEach((a, i) =>
    text(a, `presentingAdministrations[${i}]`, 100),
  );
  list(merged.sections, 'sections').forEach((s, i) => {
    if (!isObj(s)) fail(`sections[${i}]`, 'skal være et objekt.');
    text(s.heading, `sections[${i}].heading`, 1000);
    text(s.text, `sections[${i}].text`);
  });
  for (const key of [
    'affectedAdministrations',
    'kvantumTables',
    'followUp',
    'consultations',
    'partners',
    'sourceLines',
  ] as const) {
    list(merged[key], key);
  }
  checkEconomy(merged.economy);
  if (merged.requestedAmount !== null && merged.requestedAmount !== undefined) {
    if (typeof merged.requestedAmount !== 'number') fail('requestedAmount', 'skal være et tal eller null.');
    assertKroner(merged.requestedAmount, 'Det ansøgte beløb');
  }
  // `computed` is the engine's, never the client's: it is derived again on every read.
  delete merged.computed;
  return merged;
}
