// Reading a gevinst.document/1 JSON file back, for the exports: checks the shape the writers rely
// on and names the exact field that is wrong, in Danish. Optional lists that are missing are read
// as empty (a hand-written document may leave them out); a wrong type is an error, never a guess.

import { InvalidInput } from '../../core/errors.ts';
import {
  DOCUMENT_FORMAT,
  emptyProposal,
  type Economy,
  type GevinstDocument,
  type Proposal,
  type YearAmounts,
} from '../../core/model.ts';

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fail(field: string, what: string): never {
  throw new InvalidInput(`${field} ${what}.`, { field });
}

function amounts(v: Json, field: string): YearAmounts {
  if (!isObject(v)) fail(field, 'skal være et objekt med årstal og beløb');
  const out: YearAmounts = {};
  for (const [k, x] of Object.entries(v)) {
    if (!/^\d{4}$/.test(k)) fail(`${field}["${k}"]`, 'er ikke et firecifret årstal');
    if (typeof x !== 'number' || !Number.isSafeInteger(x))
      fail(`${field}["${k}"]`, 'skal være et helt antal kroner');
    out[k] = x;
  }
  return out;
}

function list(v: Json, field: string): Json[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) fail(field, 'skal være en liste');
  return v;
}

function str(v: Json, field: string): string {
  if (typeof v !== 'string') fail(field, 'skal være en tekst');
  return v;
}

function economy(v: Json, field: string): Economy | null {
  if (v === null || v === undefined) return null;
  if (!isObject(v)) fail(field, 'skal være et objekt eller null');
  const years = list(v.years, `${field}.years`).map((y, i) => {
    if (typeof y !== 'number' || !Number.isInteger(y)) fail(`${field}.years[${i}]`, 'skal være et årstal');
    return y;
  });
  const lines = list(v.lines, `${field}.lines`).map((l, i): Economy['lines'][number] => {
    const f = `${field}.lines[${i}]`;
    if (!isObject(l)) fail(f, 'skal være et objekt');
    if (l.section !== 'varig' && l.section !== 'implementering')
      fail(`${f}.section`, 'skal være "varig" eller "implementering"');
    const areas = ['service', 'anlaeg', 'overfoersler', 'efterspoergselsstyret', 'finansposter'];
    if (
      l.budgetArea !== null &&
      l.budgetArea !== undefined &&
      !(typeof l.budgetArea === 'string' && areas.includes(l.budgetArea))
    )
      fail(`${f}.budgetArea`, `skal være en af ${areas.join(', ')} eller null`);
    return {
      ...(l as object),
      label: str(l.label, `${f}.label`),
      section: l.section,
      budgetArea: (l.budgetArea ?? null) as Economy['lines'][number]['budgetArea'],
      amounts: amounts(l.amounts, `${f}.amounts`),
      sourceLine: typeof l.sourceLine === 'number' ? l.sourceLine : null,
    };
  });
  const stated = isObject(v.stated) ? v.stated : {};
  const unit = v.unit === 'kr' || v.unit === 'mio.kr' ? v.unit : 't.kr';
  return {
    unit,
    priceLevelYear: typeof v.priceLevelYear === 'number' ? v.priceLevelYear : null,
    years,
    lines,
    stated: {
      ...(stated as object),
      permanentChange:
        stated.permanentChange === undefined
          ? {}
          : amounts(stated.permanentChange, `${field}.stated.permanentChange`),
      implementationCost:
        stated.implementationCost === undefined
          ? {}
          : amounts(stated.implementationCost, `${field}.stated.implementationCost`),
      economicImpact:
        stated.economicImpact === undefined
          ? {}
          : amounts(stated.economicImpact, `${field}.stated.economicImpact`),
      paybackService: typeof stated.paybackService === 'number' ? stated.paybackService : null,
      paybackTotal: typeof stated.paybackTotal === 'number' ? stated.paybackTotal : null,
    },
  };
}

function proposal(v: Json, i: number): Proposal {
  const f = `proposals[${i}]`;
  if (!isObject(v)) fail(f, 'skal være et objekt');
  const kind = v.kind;
  if (kind !== 'investering' && kind !== 'effektivisering' && kind !== 'foranalyse')
    fail(`${f}.kind`, 'skal være "investering", "effektivisering" eller "foranalyse"');
  const base = emptyProposal(str(v.ref ?? '', `${f}.ref`), str(v.title ?? '', `${f}.title`), kind);
  const p: Proposal = { ...base, ...(v as object), ref: base.ref, title: base.title, kind };
  p.presentingAdministrations = list(v.presentingAdministrations, `${f}.presentingAdministrations`).map(
    (x, k) => str(x, `${f}.presentingAdministrations[${k}]`),
  );
  p.economy = economy(v.economy, `${f}.economy`);
  for (const key of [
    'affectedAdministrations',
    'kvantumTables',
    'followUp',
    'consultations',
    'partners',
    'sections',
    'sourceLines',
  ] as const) {
    (p as unknown as Record<string, Json[]>)[key] = list(v[key], `${f}.${key}`);
  }
  p.summary = typeof v.summary === 'string' ? v.summary : null;
  p.innovationOrigin = typeof v.innovationOrigin === 'boolean' ? v.innovationOrigin : null;
  p.requestedAmount =
    typeof v.requestedAmount === 'number' && Number.isSafeInteger(v.requestedAmount)
      ? v.requestedAmount
      : null;
  p.administrationEffect = isObject(v.administrationEffect)
    ? (v.administrationEffect as unknown as Proposal['administrationEffect'])
    : null;
  p.risk = isObject(v.risk) ? (v.risk as unknown as Proposal['risk']) : null;
  for (const [k, t] of p.kvantumTables.entries()) {
    if (!isObject(t)) fail(`${f}.kvantumTables[${k}]`, 'skal være et objekt');
    list(t.rows, `${f}.kvantumTables[${k}].rows`).forEach((r, j) =>
      amounts(isObject(r) ? r.amounts : null, `${f}.kvantumTables[${k}].rows[${j}].amounts`),
    );
  }
  return p;
}

/** Parses gevinst.document/1 JSON text. Throws InvalidInput (Danish, names the field) on a bad shape. */
export function readDocumentJson(text: string): GevinstDocument {
  let v: Json;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new InvalidInput(`Filen er ikke gyldig JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!isObject(v)) fail('Dokumentet', 'skal være et JSON-objekt');
  if (v.format !== DOCUMENT_FORMAT) fail('format', `skal være "${DOCUMENT_FORMAT}"`);
  const proposals = list(v.proposals, 'proposals').map(proposal);
  const catalog = isObject(v.catalog) ? (v.catalog as unknown as GevinstDocument['catalog']) : null;
  if (catalog) {
    list(catalog.tables, 'catalog.tables').forEach((t, k) => {
      if (!isObject(t)) fail(`catalog.tables[${k}]`, 'skal være et objekt');
      list(t.years, `catalog.tables[${k}].years`);
      list(t.rows, `catalog.tables[${k}].rows`).forEach((r, j) =>
        amounts(isObject(r) ? r.amounts : null, `catalog.tables[${k}].rows[${j}].amounts`),
      );
    });
  }
  return {
    format: DOCUMENT_FORMAT,
    source: isObject(v.source) ? (v.source as GevinstDocument['source']) : null,
    priceLevelYear: typeof v.priceLevelYear === 'number' ? v.priceLevelYear : null,
    catalog,
    proposals,
    warnings: list(v.warnings, 'warnings') as GevinstDocument['warnings'],
  };
}
