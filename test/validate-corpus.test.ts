// The reviewed findings on the three corpus catalogs (test/findings/*.json). Every finding the
// engine makes was read at its source line and given a verdict: "true" findings must keep being
// found; a "false" one (a known importer problem, see its note) must still be listed while it is
// produced; and a finding nobody has reviewed fails the test, so new findings get read, not waved
// through.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validate, type Finding } from '../src/core/validation/index.ts';
import { readTextCatalog } from '../src/formats/text-catalog/index.ts';
import { CORPUS_FILES, corpusFile } from './corpus.ts';

interface Reviewed extends Pick<
  Finding,
  'rule' | 'severity' | 'proposalRef' | 'year' | 'expected' | 'found' | 'sourceLine'
> {
  verdict: 'true' | 'false';
  note: string;
}

interface ReviewFile {
  file: string;
  reviewed: number;
  true: number;
  false: number;
  findings: Reviewed[];
}

const here = dirname(fileURLToPath(import.meta.url));

function key(f: Pick<Finding, 'rule' | 'proposalRef' | 'year' | 'expected' | 'found'>): string {
  return JSON.stringify([f.rule, f.proposalRef, f.year, f.expected, f.found]);
}

const runs = new Map<string, Finding[]>();

function findingsOf(name: string): Finding[] | null {
  const path = corpusFile(name);
  if (!path) return null;
  let f = runs.get(name);
  if (!f) {
    const text = readFileSync(path, 'utf8');
    const doc = readTextCatalog(text, null);
    f = validate(doc, { sourceLines: text.split(/\r\n|\r|\n/) });
    runs.set(name, f);
  }
  return f;
}

for (const name of Object.values(CORPUS_FILES)) {
  const review = JSON.parse(
    readFileSync(join(here, 'findings', name.replace(/\.txt$/, '.json')), 'utf8'),
  ) as ReviewFile;

  describe(`reviewed findings: ${name}`, () => {
    it('the review file counts what it lists, and every finding has a verdict and a note', () => {
      expect(review.findings).toHaveLength(review.reviewed);
      expect(review.findings.filter((f) => f.verdict === 'true')).toHaveLength(review.true);
      expect(review.findings.filter((f) => f.verdict === 'false')).toHaveLength(review.false);
      for (const f of review.findings) expect(f.note.length, key(f)).toBeGreaterThan(10);
    });

    it('finds every true finding again, with the same severity', (ctx) => {
      const found = findingsOf(name);
      if (!found) return ctx.skip();
      const byKey = new Map(found.map((f) => [key(f), f]));
      const lost = review.findings
        .filter((r) => r.verdict === 'true')
        .filter((r) => byKey.get(key(r))?.severity !== r.severity);
      expect(lost.map((r) => `${key(r)} — ${r.note}`)).toEqual([]);
    });

    it('makes no finding that has not been reviewed', (ctx) => {
      const found = findingsOf(name);
      if (!found) return ctx.skip();
      const listed = new Set(review.findings.map(key));
      const fresh = found.filter((f) => !listed.has(key(f)));
      expect(fresh.map((f) => `${key(f)} l.${String(f.sourceLine)} ${f.message}`)).toEqual([]);
    });

    it('still produces each known false positive (remove it from the list once its cause is fixed)', (ctx) => {
      const found = findingsOf(name);
      if (!found) return ctx.skip();
      const keys = new Set(found.map(key));
      const gone = review.findings.filter((r) => r.verdict === 'false' && !keys.has(key(r)));
      expect(gone.map(key)).toEqual([]);
    });
  });
}

describe('the examples of domain.md §8 are found', () => {
  const has = (name: string, want: Partial<Finding>): void => {
    const found = findingsOf(name);
    if (!found) return;
    expect(found).toContainEqual(expect.objectContaining(want));
  };

  it('2021 BC11: Samlet varig ændring -3.529 against rows summing to -3.530', () => {
    has(CORPUS_FILES.y2021, {
      rule: 'economy.permanent-total',
      proposalRef: 'BC11',
      year: 2021,
      expected: -3_530_000,
      found: -3_529_000,
    });
  });

  it('2025: the catalog shows 1.144 for Samlet ferieløsning in 2027 and 2028, the proposal 1.474', () => {
    has(CORPUS_FILES.y2025, {
      rule: 'catalog.row-amount',
      proposalRef: 'BC01',
      year: 2027,
      expected: 1_474_000,
      found: 1_144_000,
    });
    has(CORPUS_FILES.y2025, {
      rule: 'catalog.row-amount',
      proposalRef: 'BC01',
      year: 2028,
      expected: 1_474_000,
      found: 1_144_000,
    });
  });

  it('2026 Forslag 13: catalog 2.450 a year against -2.500 then -4.000', () => {
    has(CORPUS_FILES.y2026, {
      rule: 'catalog.row-amount',
      proposalRef: 'Forslag 13',
      year: 2026,
      expected: 2_500_000,
      found: 2_450_000,
    });
    has(CORPUS_FILES.y2026, {
      rule: 'catalog.row-amount',
      proposalRef: 'Forslag 13',
      year: 2027,
      expected: 4_000_000,
      found: 2_450_000,
    });
  });

  it('2026 Forslag 9: Samlet økonomisk påvirkning 2026 printed -200, should be +200', () => {
    has(CORPUS_FILES.y2026, {
      rule: 'economy.impact-total',
      proposalRef: 'Forslag 9',
      year: 2026,
      expected: 200_000,
      found: -200_000,
      severity: 'error',
    });
  });

  it('2026 Forslag 8: stated payback 11 years, above the guideline', () => {
    has(CORPUS_FILES.y2026, { rule: 'payback.guideline', proposalRef: 'Forslag 8', expected: 6, found: 11 });
  });
});
