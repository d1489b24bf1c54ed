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

  // Net present value as ../shared/docs/cli-contract.md defines it. Forslag 16: year 1 is 2025 (the
  // implementation cost 570), then −385 and −425 a year; beyond 2030 the last column repeats.
  // Hand-computed (bc, scale 30): R 0.04, N 12 → 570000 − 385000/1.04 − Σ_{t=2..11} 425000/1.04^t
  // = −3114741.06 → value 3114741; R 0.035, N 10 → 2624619.42 → 2624619.
  it('gives every proposal its npv: defaults 0.035 and 10 years, or --rate and --horizon', async () => {
    const npvOf = (out: string) =>
      (JSON.parse(out) as { proposals: Array<{ computed: { npv: unknown } }> }).proposals[0]?.computed.npv;
    const defaults = await run(file(forslag16), '--json');
    expect(npvOf(defaults.out)).toEqual({ rate: 0.035, horizonYears: 10, firstYear: 2025, value: 2624619 });
    const flags = await run(file(forslag16), '--json', '--rate', '0.04', '--horizon', '12');
    expect(flags.code).toBe(0);
    expect(npvOf(flags.out)).toEqual({ rate: 0.04, horizonYears: 12, firstYear: 2025, value: 3114741 });
    const inline = await run(file(forslag16), '--json', '--rate=0,04', '--horizon=12');
    expect(npvOf(inline.out)).toEqual(npvOf(flags.out));
    const text = await run(file(forslag16), '--rate', '0.04', '--horizon', '12');
    expect(text.out).toContain('Nutidsværdi (4 %, 12 år fra 2025): 3.114.741 kr. (positiv = nettogevinst)');
  });

  it('npv of a small hand-computed case: flows 1.000, −600, −600 at 10 % over 3 years is 41', async () => {
    const small = {
      ref: 'X',
      kind: 'investering',
      economy: {
        years: [2030, 2031, 2032],
        lines: [
          { label: 'Besparelse', section: 'varig', amounts: { 2031: -600, 2032: -600 } },
          { label: 'Investering', section: 'implementering', amounts: { 2030: 1000 } },
        ],
      },
    };
    // 1000 − 600/1.1 − 600/1.21 = 1000 − 545.45 − 495.87 = −41.32 → value = round(41.32) = 41
    const { out } = await run(file(small), '--json', '--rate', '0.1', '--horizon', '3');
    const npv = (JSON.parse(out) as { proposals: Array<{ computed: { npv: { value: number } } }> })
      .proposals[0]?.computed.npv;
    expect(npv).toEqual({ rate: 0.1, horizonYears: 3, firstYear: 2030, value: 41 });
    // A horizon past the table repeats the last column: a fourth year adds 600/1.331 = 450.79.
    const four = await run(file(small), '--json', '--rate', '0.1', '--horizon', '4');
    expect(
      (JSON.parse(four.out) as { proposals: Array<{ computed: { npv: { value: number } } }> }).proposals[0]
        ?.computed.npv.value,
    ).toBe(492);
  });

  it.each([
    ['--rate', 'abc', '--rate skal være et decimaltal som 0.035, ikke "abc".'],
    ['--rate', '0.9', '--rate skal være mellem 0 og 0,5, ikke 0.9.'],
    ['--horizon', '0', '--horizon skal være mellem 1 og 50, ikke 0.'],
    ['--horizon', '2.5', '--horizon skal være et helt antal år, ikke "2.5".'],
  ])('refuses %s %s with exit 2 and a Danish line', async (flag, value, message) => {
    const { code, err, out } = await run(file(forslag16), flag, value);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(`Fejl: ${message}\n`);
  });
  it('refuses a flag without its value', async () => {
    const { code, err } = await run(file(forslag16), '--horizon');
    expect(code).toBe(2);
    expect(err).toContain('--horizon mangler en værdi');
  });
});
