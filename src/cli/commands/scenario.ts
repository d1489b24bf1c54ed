// `gevinst scenario FILE --pool AMOUNT [--pool-year YEAR=AMOUNT …] [--max-payback N]
//  [--require REF …] [--exclude REF …] [--target UDVALG:ÅR=BELØB …] [--check] [--json]`:
// which proposals should the investment pool fund (../shared/docs/cli-contract.md)? The answer is
// optimal (HiGHS, checked exactly by core); --check also computes the optimum without the solver.
// Exit 0 with an answer, 1 when no selection satisfies the constraints, 2 for bad input or flags.
import { readFile } from 'node:fs/promises';
import { formatAmount, tryParseAmount } from '../../core/amount.ts';
import { committeeForProposal } from '../../core/catalog.ts';
import { InvalidInput } from '../../core/errors.ts';
import { parseCalcInput } from '../../core/input-schema.ts';
import type { Proposal, YearAmounts } from '../../core/model.ts';
import { type Candidate, candidateOf } from '../../core/scenario/candidates.ts';
import { exactOptimum } from '../../core/scenario/exact.ts';
import {
  type ScenarioConstraints,
  type ScenarioResult,
  runScenario,
  scenarioProgram,
} from '../../core/scenario/solve.ts';
import { MAX_KRONER } from '../../core/schema/primitives.ts';
import { loadHighsSolver } from '../../solver/highs.ts';
import { EXIT, type CliIo, type Command } from '../command.ts';
import { importFile } from './import.ts';

interface Args {
  file: string;
  json: boolean;
  check: boolean;
  constraints: ScenarioConstraints;
}

function amount(flag: string, raw: string): number {
  const v = tryParseAmount(raw, 'kr');
  if (typeof v !== 'number' || v < 0 || v > MAX_KRONER)
    throw new InvalidInput(`${flag} skal være et beløb i hele kroner (fx 30000000), ikke "${raw}".`, {
      field: flag,
    });
  return v;
}

function year(flag: string, raw: string): number {
  if (!/^\d{4}$/.test(raw) || Number(raw) < 1900 || Number(raw) > 2200)
    throw new InvalidInput(`${flag} skal have et årstal fra 1900 til 2200, ikke "${raw}".`, { field: flag });
  return Number(raw);
}

export function parseScenarioArgs(args: string[]): Args {
  let file: string | null = null;
  let json = false;
  let check = false;
  let pool: number | null = null;
  const poolByYear: YearAmounts = {};
  let maxPayback: number | null = null;
  const require: string[] = [];
  const exclude: string[] = [];
  const targets: ScenarioConstraints['targets'] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const value = (): string => {
      const v = eq > 0 ? a.slice(eq + 1) : args[++i];
      if (v === undefined || v === '' || (eq < 0 && v.startsWith('--')))
        throw new InvalidInput(`${flag} mangler en værdi. Skriv "gevinst scenario --help".`, { field: flag });
      return v;
    };
    if (flag === '--json') json = true;
    else if (flag === '--check') check = true;
    else if (flag === '--pool') pool = amount('--pool', value());
    else if (flag === '--pool-year') {
      const v = value();
      const m = /^(\d+)=(.+)$/.exec(v);
      if (!m)
        throw new InvalidInput(`--pool-year skal skrives ÅR=BELØB (fx 2025=20000000), ikke "${v}".`, {
          field: flag,
        });
      poolByYear[String(year('--pool-year', m[1] as string))] = amount('--pool-year', m[2] as string);
    } else if (flag === '--max-payback') {
      const v = value();
      if (!/^\d{1,3}$/.test(v) || Number(v) < 1)
        throw new InvalidInput(`--max-payback skal være et helt antal år (mindst 1), ikke "${v}".`, {
          field: flag,
        });
      maxPayback = Number(v);
    } else if (flag === '--require') require.push(value().trim());
    else if (flag === '--exclude') exclude.push(value().trim());
    else if (flag === '--target') {
      const v = value();
      const m = /^(.+):(\d+)=(.+)$/.exec(v);
      if (!m)
        throw new InvalidInput(`--target skal skrives UDVALG:ÅR=BELØB (fx BUU:2027=5000000), ikke "${v}".`, {
          field: flag,
        });
      targets.push({
        committee: (m[1] as string).trim(),
        year: year('--target', m[2] as string),
        amount: amount('--target', m[3] as string),
      });
    } else if (flag.startsWith('-'))
      throw new InvalidInput(`Ukendt tilvalg ${flag}. Skriv "gevinst scenario --help".`, { field: flag });
    else if (file === null) file = a;
    else throw new InvalidInput(`Kun én fil ad gangen ("${a}" er en fil for meget).`);
  }
  if (file === null) throw new InvalidInput('Angiv filen med forslagene: gevinst scenario FIL --pool BELØB');
  if (pool === null)
    throw new InvalidInput('Angiv puljens størrelse med --pool BELØB (hele kroner).', { field: '--pool' });
  return { file, json, check, constraints: { pool, poolByYear, maxPayback, require, exclude, targets } };
}

/** The proposals of FILE: a gevinst.document/1 (or proposals) as JSON, or anything `import` reads. */
async function proposalsOf(path: string): Promise<Proposal[]> {
  let head: string;
  try {
    head = (await readFile(path))
      .subarray(0, 64)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
  } catch {
    throw new InvalidInput(`Filen "${path}" findes ikke eller kan ikke læses.`);
  }
  if (/^\s*[{[]/.test(head)) {
    const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
    let value: unknown;
    try {
      value = JSON.parse(text) as unknown;
    } catch (e) {
      throw new InvalidInput(
        `Filen "${path}" er ikke gyldig JSON (${e instanceof Error ? e.message : String(e)}).`,
      );
    }
    return parseCalcInput(value).proposals;
  }
  return (await importFile(path)).proposals;
}

function committee(p: Proposal): string | null {
  try {
    return committeeForProposal(p);
  } catch {
    return null;
  }
}

export interface ScenarioAnswer extends ScenarioResult {
  check?:
    | { method: 'dynamic-programming' | 'enumeration'; fullEffect: number; agrees: boolean }
    | { method: 'none'; note: string };
}

export async function scenario(candidates: Candidate[], a: Args): Promise<ScenarioAnswer> {
  const solver = await loadHighsSolver();
  const result: ScenarioAnswer = runScenario(candidates, a.constraints, solver);
  if (a.check && result.feasible) {
    const prepared = scenarioProgram(candidates, a.constraints);
    const exact = prepared ? exactOptimum(prepared.program, prepared.fixedEffect) : null;
    result.check = exact
      ? { method: exact.method, fullEffect: exact.fullEffect, agrees: exact.fullEffect === result.fullEffect }
      : { method: 'none', note: 'For mange åbne valg og betingelser til en eksakt kontrol uden løseren.' };
  }
  return result;
}

const kr = (v: number) => `${formatAmount(v, 'kr')} kr.`;

function describe(r: ScenarioAnswer): string {
  const c = r.constraints;
  const out = [
    `Pulje: ${c.pool === null ? 'ingen samlet grænse' : kr(c.pool)}${
      Object.keys(c.poolByYear).length
        ? ` (pr. år: ${Object.entries(c.poolByYear)
            .map(([y, v]) => `${y} ${kr(v)}`)
            .join(', ')})`
        : ''
    }` + (c.maxPayback === null ? '' : `; højst ${String(c.maxPayback)} års tilbagebetalingstid`),
  ];
  if (!r.feasible) {
    out.push(`Ingen løsning: ${r.reason ?? ''}`);
    return out.join('\n');
  }
  out.push(`Valgt (${String(r.selected.length)}): ${r.selected.join(', ')}`);
  out.push(`Investering: ${kr(r.investment)}; besparelse ved fuld indfasning: ${kr(r.fullEffect)}`);
  const years = Object.keys(r.investmentByYear);
  if (years.length)
    out.push(`Investering pr. år: ${years.map((y) => `${y} ${kr(r.investmentByYear[y] ?? 0)}`).join(', ')}`);
  for (const t of r.targets)
    out.push(
      `Måltal ${t.committee} ${String(t.year)}: ${kr(t.effect)} mod ${kr(t.amount)} – ${t.met ? 'nået' : 'ikke nået'}`,
    );
  out.push(
    r.optimal
      ? 'Optimal: ja (bevist af løseren og efterprøvet eksakt).'
      : `Optimal: ikke bevist. ${r.reason ?? ''}`,
  );
  if (r.check) {
    out.push(
      r.check.method === 'none'
        ? `Kontrol: ${r.check.note}`
        : `Kontrol (${r.check.method === 'enumeration' ? 'alle kombinationer' : 'dynamisk programmering'}): optimum ${kr(r.check.fullEffect)} – ${r.check.agrees ? 'stemmer' : 'STEMMER IKKE'}.`,
    );
  }
  out.push('Fravalgt:');
  for (const x of r.rejected) out.push(`  ${x.ref}: ${x.reason}`);
  if (r.notInScenario.length) out.push(`Foranalyser (indgår ikke): ${r.notInScenario.join(', ')}`);
  return out.join('\n');
}

export const scenarioCommand: Command = {
  name: 'scenario',
  usage: [
    'Brug: gevinst scenario FIL --pool BELØB [--pool-year ÅR=BELØB …] [--max-payback N]',
    '                       [--require REF …] [--exclude REF …] [--target UDVALG:ÅR=BELØB …]',
    '                       [--check] [--json]',
    '',
    'Vælger blandt forslagene i FIL (et gevinst.document/1 eller alt, som "gevinst import" læser)',
    'den sammensætning, der giver den største besparelse ved fuld indfasning, uden at samlet',
    'investering overstiger puljen. Svaret er optimalt (HiGHS-løseren, efterprøvet eksakt).',
    'Forslag uden investering behøver ingen puljemidler og vælges altid, medmindre de fravælges;',
    'foranalyser indgår ikke.',
    '',
    '  --pool BELØB            puljens samlede beløb i hele kroner',
    '  --pool-year ÅR=BELØB    højst så mange implementeringsomkostninger i året (kan gentages)',
    '  --max-payback N         kun forslag med højst N års tilbagebetalingstid (totaløkonomi)',
    '  --require REF           forslaget skal med (kan gentages)',
    '  --exclude REF           forslaget skal ikke med (kan gentages)',
    '  --target UDVALG:ÅR=BELØB  udvalgets valgte forslag skal mindst give BELØB i ÅR (måltal)',
    '  --check                 regn også optimum uden løseren og sig, om de stemmer',
    '  --json                  ét JSON-objekt ("format": "gevinst.scenario/1")',
    '',
    'Afslutningskoder: 0 svar, 1 ingen sammensætning overholder betingelserne, 2 fejl i fil eller tilvalg.',
  ].join('\n'),
  async run(args: string[], io: CliIo): Promise<number> {
    const a = parseScenarioArgs(args);
    const proposals = await proposalsOf(a.file);
    const candidates = proposals.map((p) => candidateOf({ proposal: p, committee: committee(p) }));
    const result = await scenario(candidates, a);
    io.out(json(result, a.json));
    if (!result.feasible) io.err(`Ingen løsning: ${result.reason ?? ''}`);
    return result.feasible ? EXIT.ok : EXIT.findings;
  },
};

function json(r: ScenarioAnswer, asJson: boolean): string {
  return asJson ? JSON.stringify(r, null, 2) : describe(r);
}
