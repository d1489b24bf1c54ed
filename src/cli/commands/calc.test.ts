import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';

const dir = mkdtempSync(join(tmpdir(), 'gevinst-calc-'));
let n = 0;
function file(content: unknown): string {
  const path = join(dir, `in-${String(n++)}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['calc', ...args], {
    out: (t) => (out += t + '\n'),
    err: (t) => (err += t + '\n'),
  });
  return { code, out, err };
}

const T = 1000;
/** 2026 file, Forslag 16 (l.6189-6229), amounts in kroner. */
const forslag16 = {
  ref: 'Forslag 16',
  title: 'Effektive administrative kvadratmeter på Hovedbiblioteket',
  kind: 'investering',
  presentingAdministrations: ['KFF'],
  economy: {
    unit: 't.kr',
    priceLevelYear: 2026,
    years: [2025, 2026, 2027, 2028, 2029, 2030],
    lines: [
      {
        label: 'Reduceret husleje',
        section: 'varig',
        budgetArea: 'service',
        amounts: { 2026: -313 * T, 2027: -313 * T, 2028: -313 * T, 2029: -313 * T, 2030: -313 * T },
        sourceLine: 6197,
      },
      {
        label: 'Færre driftsudgifter (Faciliteter)',
        section: 'varig',
        budgetArea: 'service',
        amounts: { 2026: -72 * T, 2027: -112 * T, 2028: -112 * T, 2029: -112 * T, 2030: -112 * T },
        sourceLine: 6199,
      },
      {
        label: 'Fraflytningsudgifter',
        section: 'implementering',
        budgetArea: 'service',
        amounts: { 2025: 259 * T },
        sourceLine: 6205,
      },
      {
        label: 'Udgifter til indretning og flytning af kontormiljø',
        section: 'implementering',
        budgetArea: 'service',
        amounts: { 2025: 311 * T },
        sourceLine: 6207,
      },
    ],
    stated: {
      permanentChange: {},
      implementationCost: {},
      economicImpact: {},
      paybackService: 3,
      paybackTotal: 3,
    },
  },
};
const efficiency = {
  ref: 'Forslag 20',
  title: 'Færre licenser',
  kind: 'effektivisering',
  presentingAdministrations: ['BUF'],
  economy: {
    years: [2026, 2027],
    lines: [
      {
        label: 'Licenser',
        section: 'varig',
        budgetArea: 'service',
        amounts: { 2026: -100 * T, 2027: -200 * T },
      },
    ],
  },
};

describe('gevinst calc', () => {
  it('prints every derived figure of one proposal in Danish', async () => {
    const { code, out, err } = await run(file(forslag16));
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('Forslag 16 – Effektive administrative kvadratmeter på Hovedbiblioteket');
    expect(out).toMatch(/Samlet økonomisk påvirkning\s+570\s+-385\s+-425\s+-425\s+-425\s+-425/);
    expect(out).toContain('Samlet investering: 570');
    expect(out).toContain('Fuld indfasning (2030): -425 (service -425, øvrige 0)');
    expect(out).toContain('Tilbagebetalingstid, totaløkonomi: 3 år (2027)');
    expect(out).toContain('Angivet i dokumentet: 3 år / 3 år');
    expect(out).not.toContain('Tabel 1');
  });

  it('--json gives one machine-readable object with the engine figures', async () => {
    const { code, out } = await run(file(forslag16), '--json');
    expect(code).toBe(0);
    const result = JSON.parse(out) as {
      format: string;
      proposals: Array<{ computed: Record<string, unknown> }>;
      catalog: unknown;
    };
    expect(result.format).toBe('gevinst.calc/1');
    expect(result.proposals[0]?.computed.investmentTotal).toBe(570 * T);
    expect(result.proposals[0]?.computed.paybackTotal).toBe(3);
    expect(result.proposals[0]?.computed.economicImpact).toEqual({
      '2025': 570 * T,
      '2026': -385 * T,
      '2027': -425 * T,
      '2028': -425 * T,
      '2029': -425 * T,
      '2030': -425 * T,
    });
    expect(result.catalog).toBeNull();
  });

  it('builds the catalog tables for a list of proposals and for a document', async () => {
    const list = await run(file([forslag16, efficiency]));
    expect(list.code).toBe(0);
    expect(list.out).toContain('Tabel 1. Effektiviseringer fordelt på udvalg');
    expect(list.out).toMatch(/Børne- og Ungdomsudvalget\s+100\s+200\s+-/);
    expect(list.out).toMatch(/I alt\s+485\s+625\s+425\s+425\s+425\s+570/);
    const doc = await run(
      file({ format: 'gevinst.document/1', priceLevelYear: 2026, proposals: [forslag16, efficiency] }),
      '--json',
    );
    const result = JSON.parse(doc.out) as {
      catalog: { committeeTable: { rows: Array<{ committee: string; investment: number | null }> } };
    };
    expect(result.catalog.committeeTable.rows.map((r) => r.committee)).toEqual(['BUU', 'KFU', '']);
    expect(result.catalog.committeeTable.rows.at(-1)?.investment).toBe(570 * T);
  });

  it('still prints the proposals when the catalog cannot be built, with a warning', async () => {
    const { code, out } = await run(file([forslag16, { ...efficiency, presentingAdministrations: [] }]));
    expect(code).toBe(0);
    expect(out).toContain(
      'Kataloget (Tabel 1 og 2) er ikke dannet: Forslag 20 "Færre licenser" kan ikke henføres til et udvalg',
    );
  });

  it.each<[string, unknown, string]>([
    [
      'a non-integer amount',
      {
        format: 'gevinst.document/1',
        proposals: [
          efficiency,
          efficiency,
          {
            ...efficiency,
            economy: { years: [2026], lines: [{ label: 'x', section: 'varig', amounts: { 2026: 1.5 } }] },
          },
        ],
      },
      'proposals[2].economy.lines[0].amounts["2026"] skal være et helt antal kroner.',
    ],
    [
      'a wrong year key',
      {
        ...efficiency,
        economy: { years: [2026], lines: [{ label: 'x', section: 'varig', amounts: { '26': 1 } }] },
      },
      'economy.lines[0].amounts["26"] er ikke et firecifret årstal.',
    ],
    [
      'a wrong section',
      [{ ...efficiency, economy: { years: [2026], lines: [{ label: 'x', section: 'drift', amounts: {} }] } }],
      '[0].economy.lines[0].section skal være "varig" eller "implementering".',
    ],
    ['a missing ref', { kind: 'investering' }, 'ref mangler.'],
    [
      'a wrong format',
      { format: 'gevinst.document/9', proposals: [] },
      'format skal være "gevinst.document/1".',
    ],
    ['not an object', 42, 'Forslaget skal være et objekt.'],
  ])('rejects %s with one Danish line and exit 2', async (_what, content, message) => {
    const { code, out, err } = await run(file(content));
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(`Fejl: ${message}\n`);
  });

  it('rejects unreadable files and bad JSON without a stack trace', async () => {
    const missing = await run(join(dir, 'findes-ikke.json'));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^Fejl: Filen ".*findes-ikke.json" findes ikke eller kan ikke læses\.\n$/);
    const bad = await run(file('{ "ref": '));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^Fejl: Filen ".*" er ikke gyldig JSON/);
    expect(bad.err).not.toMatch(/at .*\.ts:\d+/);
    const usage = await run();
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('Angiv præcis én JSON-fil');
  });

  it('shows its usage with --help', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    expect(out).toContain('Brug: gevinst calc FIL.json [--json]');
  });
});
