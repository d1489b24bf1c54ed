// Corpus check for master data: every committee/unit row the catalogs print resolves to one entry.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findAdministration, findCommittee } from '../src/core/master-data.ts';
import { CORPUS_FILES, corpusFile } from './corpus.ts';

describe('corpus: every committee row of the catalog tables maps to master data', () => {
  const path = corpusFile(CORPUS_FILES.y2026);
  it.skipIf(path === null)('2026 Tabel 1 committee names', () => {
    const lines = readFileSync(path as string, 'utf8').split('\n');
    const start = lines.findIndex((l) => l.startsWith('Tabel 1. Effektiviseringer i budget 2026'));
    const end = lines.findIndex((l, i) => i > start && l.startsWith('I alt'));
    const rows = lines
      .slice(start, end)
      .filter((l) => /^\D+ [\d.]+ [\d.]+ [\d.]+ [\d.]+ [\d.]+\s*$/.test(l) && !l.startsWith('Udvalg '));
    expect(rows.length).toBe(9);
    const ids = rows.map((l) => findCommittee(l.replace(/[\d.\s]+$/, ''))?.id);
    expect(ids).toEqual([
      'BIU',
      'BUU',
      'KFU',
      'SU',
      'SUU',
      'TMU',
      'ØU',
      'Borgerrådgiveren',
      'Revisionsudvalget',
    ]);
  });

  const path2021 = corpusFile(CORPUS_FILES.y2021);
  it.skipIf(path2021 === null)('2021 technical annex rows (Tabel 1.13 ff.) all resolve', () => {
    const text = readFileSync(path2021 as string, 'utf8');
    const names = new Set(
      [
        ...text.matchAll(
          /^([A-ZÆØÅ][^\t\n]*?(?:udvalget|Koncernservice|Koncern IT|Københavns Ejendomme|Byggeri København))\t/gm,
        ),
      ].map((m) => m[1] as string),
    );
    expect(names.size).toBeGreaterThanOrEqual(8);
    for (const name of names) {
      if (name.startsWith('MED-')) continue; // a consultation body, not a committee
      const hit = findCommittee(name) ?? findAdministration(name);
      expect(hit, name).not.toBeNull();
    }
  });
});
