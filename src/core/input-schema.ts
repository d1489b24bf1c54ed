// The shape of what `gevinst calc` (and anyone else handed JSON) may give the engine: one proposal,
// a list of proposals, or a whole gevinst.document/1. Checked with zod; every problem is reported
// in Danish with the exact field path, e.g. `proposals[2].economy.lines[4].amounts["2026"] skal
// være et helt tal (kroner)`. Fields the engine does not need are kept as they are (loose objects).
// Defaults where the contract lets a field out: `unit` "t.kr" (display only: amounts are kroner),
// `priceLevelYear` null, `stated` empty, lists empty.

import * as z from 'zod';
import { InvalidInput } from './errors.ts';
import {
  BUDGET_AREAS,
  DOCUMENT_FORMAT,
  emptyProposal,
  type GevinstDocument,
  type Proposal,
} from './model.ts';

/** A Danish message for a field: "mangler" when absent, else what it must be. */
function must(what: string) {
  return {
    error: (issue: { input?: unknown }) => (issue.input === undefined ? 'mangler' : `skal være ${what}`),
  };
}

const kroner = z.int(must('et helt tal (kroner)'));
const yearKey = z.string().regex(/^[1-9]\d{3}$/, { error: 'er ikke et firecifret årstal' });
const yearAmounts = z.record(yearKey, kroner, must('et objekt med årstal og beløb i kroner'));

const line = z.looseObject(
  {
    label: z.string(must('en tekst')),
    section: z.enum(['varig', 'implementering'], must('"varig" eller "implementering"')),
    budgetArea: z
      .enum(BUDGET_AREAS as [string, ...string[]], must(`en af ${BUDGET_AREAS.join(', ')} eller null`))
      .nullable()
      .default(null),
    amounts: yearAmounts,
    sourceLine: z.int(must('et linjenummer eller null')).nullable().default(null),
    grundinvestering: z.boolean(must('true eller false')).optional(),
    outsideTotals: z.boolean(must('true eller false')).optional(),
  },
  must('et objekt'),
);

const stated = z.looseObject(
  {
    permanentChange: yearAmounts.default({}),
    implementationCost: yearAmounts.default({}),
    economicImpact: yearAmounts.default({}),
    paybackService: z.number(must('et tal eller null')).nullable().default(null),
    paybackTotal: z.number(must('et tal eller null')).nullable().default(null),
  },
  must('et objekt'),
);

const economy = z.looseObject(
  {
    unit: z.enum(['kr', 't.kr', 'mio.kr'], must('"kr", "t.kr" eller "mio.kr"')).default('t.kr'),
    priceLevelYear: z.int(must('et årstal eller null')).nullable().default(null),
    years: z.array(
      z
        .int(must('et årstal'))
        .min(1000, { error: 'skal være et firecifret årstal' })
        .max(9999, { error: 'skal være et firecifret årstal' }),
      must('en liste af årstal'),
    ),
    lines: z.array(line, must('en liste af linjer')),
    stated: stated.default({
      permanentChange: {},
      implementationCost: {},
      economicImpact: {},
      paybackService: null,
      paybackTotal: null,
    }),
  },
  must('et objekt eller null'),
);

const proposal = z.looseObject(
  {
    ref: z.string(must('en tekst (forslagets nummer, fx "Forslag 1")')),
    title: z.string(must('en tekst')).default(''),
    kind: z.enum(
      ['investering', 'effektivisering', 'foranalyse'],
      must('"investering", "effektivisering" eller "foranalyse"'),
    ),
    presentingAdministrations: z
      .array(z.string(must('en tekst')), must('en liste af forvaltninger'))
      .default([]),
    economy: economy.nullable().default(null),
    sourceLines: z.array(z.int(must('et linjenummer')), must('en liste af linjenumre')).default([]),
  },
  must('et objekt'),
);

const document = z.looseObject(
  {
    format: z.literal(DOCUMENT_FORMAT, must(`"${DOCUMENT_FORMAT}"`)),
    proposals: z.array(proposal, must('en liste af forslag')),
  },
  must('et objekt'),
);

/** Field path the way a person reads it: proposals[2].economy.lines[4].amounts["2026"]. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${String(part)}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part))
      out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

function fail(error: z.ZodError, root: string): never {
  const issue = error.issues[0];
  if (issue === undefined) throw new InvalidInput(`${root} har en ugyldig form.`);
  const field = formatPath(issue.path) || root;
  // A wrong key in a year→amount object: the key's own message ("er ikke et firecifret årstal").
  const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
  throw new InvalidInput(`${field} ${message}.`, { field });
}

function toProposal(p: z.infer<typeof proposal>): Proposal {
  const base = emptyProposal(p.ref, p.title, p.kind);
  return {
    ...base,
    ...(p as object),
    presentingAdministrations: p.presentingAdministrations,
    economy: p.economy as Proposal['economy'],
  };
}

export type CalcInput =
  | { shape: 'proposal'; proposals: Proposal[] }
  | { shape: 'proposals'; proposals: Proposal[] }
  | { shape: 'document'; proposals: Proposal[]; document: GevinstDocument };

/**
 * Validates parsed JSON as one proposal, an array of proposals, or a gevinst.document/1.
 * Throws InvalidInput with a Danish message naming the first wrong field.
 */
export function parseCalcInput(value: unknown): CalcInput {
  if (Array.isArray(value)) {
    const r = z.array(proposal).safeParse(value);
    if (!r.success) fail(r.error, 'Listen');
    return { shape: 'proposals', proposals: r.data.map(toProposal) };
  }
  if (typeof value === 'object' && value !== null && 'format' in value) {
    const r = document.safeParse(value);
    if (!r.success) fail(r.error, 'Dokumentet');
    const proposals = r.data.proposals.map(toProposal);
    const doc = {
      catalog: null,
      source: null,
      priceLevelYear: null,
      warnings: [],
      ...(r.data as object),
      proposals,
    } as unknown as GevinstDocument;
    return { shape: 'document', proposals, document: doc };
  }
  const r = proposal.safeParse(value);
  if (!r.success) fail(r.error, 'Forslaget');
  return { shape: 'proposal', proposals: [toProposal(r.data)] };
}
