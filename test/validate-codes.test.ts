// Every finding carries a stable code from the message catalogue (docs/messages.md) and its text
// is the catalogue's text for that code and its parameters. Hand-written documents reach every
// validation code; the corpus, the foranalyse fixtures and generated catalogs are checked too.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODE_PATTERN, isMessageCode, MESSAGES, messageText } from '../src/core/messages/index.ts';
import { validationMessages } from '../src/core/messages/validation.ts';
import type { GevinstDocument } from '../src/core/model.ts';
import { RULES, validate, type Finding, type ValidationOptions } from '../src/core/validation/index.ts';
import { ruleOfCode } from '../src/core/validation/support.ts';
import {
  catalog,
  catalogRow,
  doc,
  fullEffectOverview,
  line,
  proposal,
  structureSample,
  table,
  tkr,
  T,
} from '../src/core/validation/testing.ts';
import { readTextCatalog } from '../src/formats/text-catalog/index.ts';
import { CORPUS_FILES, corpusFile } from './corpus.ts';
import { sampleDocument } from './export-fixture.ts';

const CODES = Object.keys(validationMessages);

/** What every finding must satisfy, whatever produced it. */
function checkFinding(f: Finding): void {
  expect(isMessageCode(f.code), f.code).toBe(true);
  expect(ruleOfCode(f.code), f.code).toBe(f.rule);
  // The text comes from the catalogue, built from the parameters the finding carries.
  expect(f.message).toBe(messageText(f.code as never, f.params as never));
}

/** Wording rules of issue 16, checked on every message the examples produce. */
function checkWording(f: Finding): void {
  expect(f.message, f.code).not.toMatch(/undefined|NaN|\bnull\b|\[object/);
  expect(f.message, f.code).not.toMatch(/\b(?:Forventet|forventet|Fundet|fundet)\b/);
  // No internal identifiers (camelCase field names, area keys such as "anlaeg").
  expect(f.message, f.code).not.toMatch(/\b[a-z]+[A-Z]\w*\b|\b(?:anlaeg|overfoersler)\b/);
  // One unit per message: "1.000 kr.", "mio. kr." or "kr.", never two of them.
  const units = new Set(f.message.match(/1\.000 kr\.|mio\. kr\.|\bkr\./g) ?? []);
  expect(units.size, f.message).toBeLessThanOrEqual(1);
}

// ---- hand-written documents, together reaching every code ---------------------------------------

const YEARS = [2025, 2026, 2027];

/** An economic table with printed totals off by `off` (1.000 kr.) from its rows. */
function economy(off: number) {
  return proposal(`Økonomi ${off}`, {
    years: YEARS,
    lines: [
      line('Effektivisering A', 'varig', 'service', { 2026: -500 }),
      line('Effektivisering B', 'varig', 'service', { 2026: -300 }),
      line('Projektleder', 'implementering', 'service', { 2026: 400 }),
      line('Ombygning', 'implementering', 'anlaeg', { 2026: 200 }),
    ],
    stated: {
      permanentChange: tkr({ 2026: -800 - off }),
      implementationCost: tkr({ 2026: 600 + off }),
      permanentByArea: { service: tkr({ 2026: -800 - off }) },
      implementationByArea: { service: tkr({ 2026: 400 + off }) },
      // −(800 + off) + (600 + off) = −200; printed `off` away from that.
      economicImpact: tkr({ 2026: -200 + off }),
    },
  });
}

/** A proposal saving `saving` a year from 2026, with `invest` of implementation costs in 2025. */
function saver(
  ref: string,
  saving: number,
  invest = 1000,
  kind: 'investering' | 'effektivisering' = 'investering',
) {
  return proposal(ref, {
    kind,
    years: YEARS,
    lines: [
      line('Effektivisering', 'varig', 'service', { 2026: -saving, 2027: -saving }),
      ...(invest > 0 ? [line('Projekt', 'implementering', 'anlaeg', { 2025: invest })] : []),
    ],
  });
}

function catalogScenario(): GevinstDocument {
  const row = (ref: string, byYear: Record<number, number>, extra = {}) =>
    catalogRow('proposal', ref, `Titel for ${ref}`, byYear, extra);
  const rows = [
    catalogRow(
      'committee',
      null,
      'Udvalg',
      { 2026: 1100, 2027: 2002 },
      { investment: 4000 * T, sourceLine: 1 },
    ),
    // Forslag 1: 2026 wrong (error), 2027 one unit off (rounding); investment 1 off (rounding).
    row('Forslag 1', { 2026: 900, 2027: 1001 }, { investment: 1001 * T, sourceLine: 2, payback: 9 }),
    // Forslag 2: printed with the proposal's sign; investment not printed.
    row('Forslag 2', { 2026: -100, 2027: -100 }, { sourceLine: 3 }),
    // Forslag 3: investment wrong; title differs.
    catalogRow('proposal', 'Forslag 3', 'En helt anden titel', {}, { investment: 5000 * T, sourceLine: 4 }),
    catalogRow('total', null, 'I alt', { 2026: 1200, 2027: 2003 }, { investment: 4001 * T, sourceLine: 5 }),
  ];
  const summary = [catalogRow('committee', null, 'Udvalg', { 2026: 1300 }, { sourceLine: 6 })];
  const p1 = saver('Forslag 1', 1000);
  const e1 = p1.economy;
  if (e1) e1.stated = { ...e1.stated, paybackService: 2, paybackTotal: 2 };
  const lonely = saver('Forslag 4', 50, 0);
  return doc(
    [p1, saver('Forslag 2', 100), saver('Forslag 3', 1000, 3000), lonely],
    catalog([
      { name: 'Tabel 1', rows: summary, years: [2026] },
      { name: 'Tabel 2', rows },
    ]),
  );
}

/** Grand total of two committees, one unit off: rounding. */
function grandRounding(): GevinstDocument {
  const rows = [
    catalogRow('committee', null, 'Udvalg A', { 2026: 100 }, { sourceLine: 1 }),
    catalogRow('proposal', 'Forslag 1', 'Titel for Forslag 1', { 2026: 100 }, { sourceLine: 2 }),
    catalogRow('committee', null, 'Udvalg B', { 2026: 200 }, { sourceLine: 3 }),
    catalogRow('proposal', 'Forslag 2', 'Titel for Forslag 2', { 2026: 201 }, { sourceLine: 4 }),
    catalogRow('total', null, 'I alt', { 2026: 301 }, { sourceLine: 5 }),
  ];
  return doc([], catalog([{ name: 'Tabel 2', rows }]));
}

/** Catalog in another p/l year: converted, copied unconverted, and with an index lacking the year. */
function priceLevelScenario(
  points: Record<string, number>,
  printed: number,
): [GevinstDocument, ValidationOptions] {
  const p = proposal('Forslag 5', {
    priceLevelYear: 2024,
    lines: [line('a', 'varig', 'service', { 2026: -40000 })],
  });
  const r = catalogRow('proposal', 'Forslag 5', 'Titel for Forslag 5', { 2026: printed });
  return [doc([p], catalog([{ name: 'T', rows: [r], priceLevelYear: 2025 }])), { priceIndex: { points } }];
}

/** Kvantum tables A–E, each off from the proposal by `off` (1.000 kr.). */
function kvantumScenario(off: number): GevinstDocument {
  const t = (id: string, rows: { label: string; byYear: Record<number, number>; isTotal?: boolean }[]) =>
    table(id, [2026], rows);
  return doc([
    proposal(`Kvantum ${off}`, {
      lines: [
        line('Effektivisering', 'varig', 'service', { 2026: -1000 }),
        line('Anlæg', 'implementering', 'anlaeg', { 2026: 300 }),
        line('Service', 'implementering', 'service', { 2026: 200 }),
      ],
      kvantumTables: [
        t('A', [
          { label: 'ØU', byYear: { 2026: -600 } },
          { label: 'BUU', byYear: { 2026: -400 + off } },
        ]),
        t('B', [
          { label: 'ØU', byYear: { 2026: 100 } },
          { label: 'BUU', byYear: { 2026: -100 + off } },
        ]),
        t('C', [
          { label: 'ØU', byYear: { 2026: -500 + off } },
          { label: 'BUU', byYear: { 2026: -500 } },
        ]),
        t('D', [{ label: 'KS', byYear: { 2026: 300 + off } }]),
        // Any amount table with one printed total row: the total against its rows.
        t('X', [
          { label: 'Udvalg', byYear: { 2026: 10 } },
          { label: 'Total', byYear: { 2026: 10 + off }, isTotal: true },
        ]),
        t('E', [{ label: 'BUU', byYear: { 2026: 200 + off } }]),
      ],
    }),
  ]);
}

function paybackScenario(): GevinstDocument {
  const off = saver('Forslag 1', 500, 1000);
  if (off.economy) off.economy.stated = { ...off.economy.stated, paybackService: 9, paybackTotal: 9 };
  // Permanent costs, no saving: no payback can be computed, yet one is printed.
  const never = proposal('Forslag 2', {
    lines: [
      line('Drift', 'varig', 'service', { 2026: 100 }),
      line('Projekt', 'implementering', 'anlaeg', { 2025: 1000 }),
    ],
    stated: { paybackService: 5, paybackTotal: 5 },
  });
  const slow = saver('Forslag 3', 100, 1000);
  return doc([off, never, slow]);
}

function signScenario(): GevinstDocument {
  return doc([
    proposal('E', {
      kind: 'effektivisering',
      lines: [
        line('Effektivisering af drift', 'varig', 'service', { 2026: 500, 2027: 500 }),
        line('Tilbagebetaling', 'implementering', 'service', { 2026: -50 }),
      ],
    }),
  ]);
}

function textScenario(): [GevinstDocument, ValidationOptions] {
  const p = proposal('Forslag 2', {
    sourceLines: [1, 6],
    priceLevelYear: 2025,
    lines: [line('a', 'varig', 'service', { 2026: -2500 })],
    kvantumTables: [table('A', [2026, 2027], [{ label: 'ØU', byYear: { 2026: -2500 } }])],
  });
  const noLevel = proposal('Forslag 3', {
    sourceLines: [7],
    priceLevelYear: null,
    lines: [line('a', 'varig', null, { 2026: -1 })],
  });
  const sourceLines = [
    'Forslag 2',
    'Forslaget giver en effektivisering på 2,4 mio. kr. i 2026.',
    '[Angiv titel på innovationsforslag]',
    '1.000 kr. 2025 p/l',
    'Noter til alle tabeller: Forslaget skal udarbejdes i 2024 p/l men udmøntes i overførselssagen i 2023 p/l.',
    'Slut',
    'Forslag 3',
  ];
  return [doc([p, noLevel]), { sourceLines }];
}

function processScenario(): GevinstDocument {
  const cfo = (ref: string, answer: 'ja' | 'nej' | null, text: string | null) => {
    const p = proposal(ref, { title: 'Digitalisering af ferieindberetning' });
    p.consultations = [{ body: 'Center for Økonomi', answer, date: null, text, sourceLine: 50 }];
    return p;
  };
  const heard = cfo('Forslag 2', 'nej', null);
  heard.consultations.push({
    body: 'IT-kredsen',
    answer: 'nej',
    date: null,
    text: 'Indmeldes til pipeline',
    sourceLine: 51,
  });
  const approved = (ref: string) =>
    catalogRow('proposal', ref, 'Digitalisering af ferieindberetning', {}, { approvedWith: 'Budget 2026' });
  const ps = [
    proposal('Forslag 1', { title: 'Digitalisering af ferieindberetning' }),
    heard,
    cfo('Forslag 3', 'ja', null),
    cfo('Forslag 4', null, 'Afventer'),
  ];
  return doc(ps, catalog([{ name: 'T', rows: ps.map((p) => approved(p.ref)) }]));
}

const SCENARIOS: Record<string, () => Finding[]> = {
  'economy, clear differences': () => validate(doc([economy(100)])),
  'economy, rounding': () => validate(doc([economy(1)])),
  'catalog against proposals': () => validate(catalogScenario()),
  'catalog grand total, rounding': () => validate(grandRounding()),
  'catalog copied unconverted': () => validate(...priceLevelScenario({ '2024': 100, '2025': 104.8 }, 40000)),
  'catalog without index year': () => validate(...priceLevelScenario({ '2024': 100 }, 30000)),
  'full phase-in effect': () => validate(fullEffectOverview(1_200_000)),
  'full phase-in effect, rounding': () => validate(fullEffectOverview(1_100_000)),
  'Kvantum tables, clear differences': () => validate(kvantumScenario(100)),
  'Kvantum tables, rounding': () => validate(kvantumScenario(1)),
  payback: () => validate(paybackScenario()),
  signs: () => validate(signScenario()),
  'text: prose, placeholders, p/l': () => validate(...textScenario()),
  process: () => validate(processScenario()),
  structure: () => validate(structureSample()),
};

describe('finding codes', () => {
  it('every validation code is dotted, belongs to a rule, and is the one the catalogue holds', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const code of CODES) {
      expect(code).toMatch(CODE_PATTERN);
      expect(ids.has(ruleOfCode(code)), code).toBe(true);
      // Not shadowed by a code of another family when the catalogue joins them.
      expect(MESSAGES[code as keyof typeof MESSAGES]).toBe(
        validationMessages[code as keyof typeof validationMessages],
      );
    }
    // Every rule speaks through at least one code.
    expect([...ids].filter((id) => !CODES.some((c) => ruleOfCode(c) === id))).toEqual([]);
  });

  for (const [name, run] of Object.entries(SCENARIOS)) {
    it(`hand-written documents: ${name}`, () => {
      const findings = run();
      expect(findings.length).toBeGreaterThan(0);
      for (const f of findings) {
        checkFinding(f);
        checkWording(f);
      }
    });
  }

  it('the hand-written documents reach every validation code (a new code needs an example)', () => {
    const all = new Map<string, Finding>();
    for (const run of Object.values(SCENARIOS)) for (const f of run()) all.set(f.code, f);
    expect(CODES.filter((c) => !all.has(c))).toEqual([]);
    if (process.env.SHOW_CODES) for (const [c, f] of all) console.log(`${c} [${f.severity}] ${f.message}`);
  });

  it('rounding differences carry the ".rounding" code and severity info, clear ones the rule code', () => {
    const pick = (fs: Finding[], rule: string) =>
      fs.filter((f) => f.rule === rule).map((f) => [f.code, f.severity, f.expected, f.found]);
    expect(pick(validate(doc([economy(1)])), 'economy.permanent-total')).toEqual([
      ['economy.permanent-total.rounding', 'info', -800_000, -801_000],
    ]);
    expect(pick(validate(doc([economy(100)])), 'economy.permanent-total')).toEqual([
      ['economy.permanent-total', 'error', -800_000, -900_000],
    ]);
  });

  it('carries the values of its message as parameters, amounts in kroner with their unit', () => {
    const f = validate(doc([economy(100)])).find((x) => x.code === 'economy.impact-total');
    expect(f?.params).toEqual({
      year: 2026,
      permanent: -900_000,
      implementation: 700_000,
      expected: -200_000,
      found: -100_000,
      unit: 't.kr',
    });
  });
});

describe('the Danish text of a finding', () => {
  it('says Beregnet and angivet, with the difference, in the table unit', () => {
    // 2021 file, BC11: rows sum to -3.530, "Samlet varig ændring" prints -3.529 (domain.md §8).
    const p = proposal('BC11', {
      years: [2021],
      lines: [
        line('A', 'varig', 'service', { 2021: -530 }),
        line('B', 'varig', 'overfoersler', { 2021: -3000 }),
      ],
      stated: { permanentChange: tkr({ 2021: -3529 }) },
    });
    const f = validate(doc([p])).find((x) => x.rule === 'economy.permanent-total');
    expect(f?.message).toBe(
      '"Samlet varig ændring" 2021 er ikke summen af de 2 rækker med beløb. ' +
        'Beregnet -3.530, angivet -3.529, forskel 1 (1.000 kr.). Forskellen ligger inden for afrundingen.',
    );
  });

  it('names the p/l conversion of a catalog amount once, in the catalog unit', () => {
    const [d, options] = priceLevelScenario({ '2024': 100, '2025': 104.8 }, 40920);
    const f = validate(d, options).find((x) => x.rule === 'catalog.row-amount');
    expect(f?.message).toBe(
      'Katalogets beløb for "Titel for Forslag 5" i 2026 svarer ikke til besparelsen i forslagets ' +
        'økonomitabel, omregnet fra 2024 p/l til 2025 p/l (kataloget viser besparelser som positive tal). ' +
        'Beregnet 41.920, angivet 40.920, forskel -1.000 (1.000 kr.).',
    );
  });
});

describe('codes on real and generated documents', () => {
  const check = (findings: Finding[]): void => {
    for (const f of findings) checkFinding(f);
  };

  for (const name of Object.values(CORPUS_FILES)) {
    it(`corpus: ${name}`, (ctx) => {
      const path = corpusFile(name);
      if (!path) return ctx.skip();
      const text = readFileSync(path, 'utf8');
      const findings = validate(readTextCatalog(text, null), { sourceLines: text.split(/\r\n|\r|\n/) });
      expect(findings.length).toBeGreaterThan(0);
      check(findings);
    });
  }

  it('the foranalyse fixtures', () => {
    const dir = new URL('./fixtures/foranalyse/', import.meta.url);
    for (const file of readdirSync(dir)) {
      const text = readFileSync(join(dir.pathname, file), 'utf8');
      check(validate(readTextCatalog(text, null), { sourceLines: text.split('\n') }));
    }
  });

  it('generated catalogs (the export fixture)', () => {
    for (const seed of [1, 2, 3]) {
      const findings = validate(sampleDocument(24, seed));
      check(findings);
    }
  });
});
