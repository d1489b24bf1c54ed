import { describe, expect, it } from 'vitest';
import type { Warning } from '../../core/model.ts';
import { followUpRows, type Cell } from './follow-up-rows.ts';
import { proposalWarner } from './warn.ts';

const cells = (...texts: string[]): Cell[] => texts.map((text, i) => ({ text, first: 100 + i }));

describe('followUpRows', () => {
  it('reads four cells a row when the fourth cells are dates (or none is)', () => {
    const warnings: Warning[] = [];
    const rows = followUpRows(
      cells(
        'Mål A',
        'Måles ved A',
        'Direktionen',
        'Q2 2026',
        'Mål B',
        'Måles ved B',
        'KIT',
        'Ved udmøntningssagen',
      ),
      proposalWarner(warnings, 'Forslag 1'),
    );
    expect(rows.map((r) => [r.target, r.measure, r.responsible, r.when])).toEqual([
      ['Mål A', 'Måles ved A', 'Direktionen', 'Q2 2026'],
      ['Mål B', 'Måles ved B', 'KIT', 'Ved udmøntningssagen'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('cuts at the dates when a responsible and its date share a line, and a cell wraps in lower case', () => {
    const rows = followUpRows(
      cells(
        'Igangsætning af projekt på',
        'vejområdet',
        'Organisering er allokeret.',
        'TMF Q2 2025',
        'Teknisk implementering',
        'Teknologien er testet',
        'TMF',
        'Q4 2025',
      ),
      proposalWarner([], 'Forslag 1'),
    );
    expect(rows.map((r) => [r.target, r.measure, r.responsible, r.when, r.first])).toEqual([
      ['Igangsætning af projekt på vejområdet', 'Organisering er allokeret.', 'TMF', 'Q2 2025', 100],
      ['Teknisk implementering', 'Teknologien er testet', 'TMF', 'Q4 2025', 104],
    ]);
  });

  it('says so when target and measure stand in one cell', () => {
    const warnings: Warning[] = [];
    const rows = followUpRows(
      cells('Driftsårshjul Der er udarbejdet et årshjul', 'PKR 2. kvartal 2026'),
      proposalWarner(warnings, 'Forslag 1'),
    );
    expect(rows).toEqual([
      {
        target: 'Driftsårshjul Der er udarbejdet et årshjul',
        measure: '',
        responsible: 'PKR',
        when: '2. kvartal 2026',
        first: 100,
      },
    ]);
    expect(warnings.map((w) => [w.code, w.sourceLine, w.params?.withMeasure])).toEqual([
      ['followup.columns-joined', 100, false],
    ]);
  });

  it('keeps four at a time when a date it does not know would merge two rows', () => {
    const warnings: Warning[] = [];
    const rows = followUpRows(
      cells(
        'A',
        'a måles',
        'KIT',
        'Ved næste budget',
        'B',
        'b måles',
        'KIT Q2 2026',
        'Q3 2026',
        'C',
        'c måles',
        'KIT',
        'Q4 2026',
      ),
      proposalWarner(warnings, 'Forslag 1'),
    );
    expect(rows.map((r) => r.target)).toEqual(['A', 'B', 'C']);
  });
});
