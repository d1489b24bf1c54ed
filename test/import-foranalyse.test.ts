// Pre-analysis (foranalyse) proposals: not in the corpus, so the fixtures in
// test/fixtures/foranalyse/ were written for these tests in the format of domain.md §3.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextCatalog } from '../src/formats/text-catalog/index.ts';

const dir = join(import.meta.dirname, 'fixtures', 'foranalyse');
const load = (name: string) => readFileSync(join(dir, name), 'utf8');

describe('import of foranalyse proposals', () => {
  it('prefers the stated "samlet" amount over the parts (1,3 ÅV (843 t. kr.) + 0,2 mio. kr. → 1,043 mio. kr.)', () => {
    const doc = readTextCatalog(load('med-titel.txt'), null);
    expect(doc.proposals).toHaveLength(1);
    const p = doc.proposals[0]!;
    expect(p.kind).toBe('foranalyse');
    expect(p.title).toBe('Fælles booking af mødelokaler og kantiner på tværs af forvaltningerne');
    expect(p.requestedAmount).toBe(1_043_000);
    expect(p.presentingAdministrations).toEqual(['ØKF']);
    expect(p.affectedAdministrations.map((a) => a.administration)).toEqual(['KFF', 'BUF']);
    expect(p.sections.map((s) => s.heading)).toEqual([
      'Problemstilling/motivation for forslaget',
      'Analysedesign',
      'Organisering',
      'Økonomi',
      'Videre proces',
    ]);
    expect(p.economy).toBeNull();
    expect(p.sourceLines).toEqual([3, 29]);
    expect(doc.warnings).toEqual([]);
  });

  it('sums the stated parts when there is no total, and says so; warns about the missing title', () => {
    const doc = readTextCatalog(load('uden-titel.txt'), null);
    const p = doc.proposals[0]!;
    expect(p.title).toBe('');
    expect(p.requestedAmount).toBe(330_000 + 150_000);
    expect(doc.warnings.map((w) => w.code)).toEqual(['preanalysis.no-title', 'preanalysis.amount-summed']);
    expect(doc.warnings.every((w) => typeof w.sourceLine === 'number')).toBe(true);
  });

  it('reads several numbered foranalyser in one file; "i alt" beats its "heraf" parts', () => {
    const doc = readTextCatalog(load('to-foranalyser.txt'), null);
    expect(
      doc.proposals.map((p) => [p.ref, p.title, p.requestedAmount, p.presentingAdministrations]),
    ).toEqual([
      ['Forslag 1', 'Foranalyse af samlet rengøring af kommunale institutioner', 750_000, ['BUF']],
      ['Forslag 2', 'Foranalyse af fælles vikarkorps', 400_000, ['SUF']],
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it('never invents an amount: an Økonomi section without kroner gives null and a warning', () => {
    const text = load('uden-titel.txt').replace(
      /Analysen kræver[^\n]*/,
      'Analysen løses inden for den eksisterende ramme.',
    );
    const doc = readTextCatalog(text, null);
    expect(doc.proposals[0]!.requestedAmount).toBeNull();
    expect(doc.warnings.some((w) => w.code === 'preanalysis.no-amount')).toBe(true);
  });
});

describe('a pre-analysis among other text', () => {
  it('is read as a pre-analysis after a table that is no proposal', () => {
    const text = `Tabel 1\n\n1.000 kr. 2026 p/l\tStyringsområde\t2026\t2027\nSamlet varig ændring\t\t-1\t-1\n\n${load('med-titel.txt')}`;
    const doc = readTextCatalog(text, null);
    expect(doc.proposals.map((p) => [p.kind, p.requestedAmount])).toEqual([['foranalyse', 1_043_000]]);
  });
});
