// `gevinst export` through the CLI's main(): formats, atomic output, Danish one-line errors.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { exportJson } from '../src/formats/open-data/index.ts';
import { corpusFile, CORPUS_FILES } from './corpus.ts';
import { sampleDocument } from './export-fixture.ts';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'gevinst-export-'));
const input = join(dir, 'runde.json');
writeFileSync(input, exportJson(sampleDocument(5)));

describe('gevinst export', () => {
  it.each([
    ['docx', [0x50, 0x4b]],
    ['xlsx', [0x50, 0x4b]],
    ['pdf', [0x25, 0x50, 0x44, 0x46]],
    ['csv', [0xef, 0xbb, 0xbf]],
    ['kvantum-csv', [0xef, 0xbb, 0xbf]],
    ['json', [0x7b]],
  ])('writes %s', async (format, magic) => {
    const out = join(dir, `ud.${format}`);
    const c = io();
    expect(await main(['export', input, '--format', format, '--out', out], c.io)).toBe(0);
    expect([...readFileSync(out).subarray(0, magic.length)]).toEqual(magic);
    expect(c.out.join('')).toContain('5 forslag');
  });

  it('fails with one Danish line and writes nothing on bad input', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      '{"format":"gevinst.document/1","proposals":[{"ref":"F1","title":"x","kind":"investering","economy":{"years":[2026],"lines":[{"label":"a","section":"varig","amounts":{"2026":1.5}}]}}]}',
    );
    const out = join(dir, 'bad.xlsx');
    const c = io();
    expect(await main(['export', bad, '--format', 'xlsx', '--out', out], c.io)).toBe(2);
    expect(c.err.join('\n')).toMatch(
      /^Fejl: .*proposals\[0\]\.economy\.lines\[0\]\.amounts\["2026"\] skal være et helt antal kroner\.$/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('names a missing file, an unknown format and a missing --format', async () => {
    let c = io();
    expect(await main(['export', join(dir, 'findes-ikke.json'), '--format', 'pdf'], c.io)).toBe(2);
    expect(c.err.join('')).toContain('findes ikke');
    c = io();
    expect(await main(['export', input, '--format', 'odt'], c.io)).toBe(2);
    expect(c.err.join('')).toContain('Ukendt format "odt"');
    c = io();
    expect(await main(['export', input], c.io)).toBe(2);
    expect(c.err.join('')).toContain('--format');
  });

  it('exports a text catalog from the corpus', async () => {
    const file = corpusFile(CORPUS_FILES.y2026);
    if (!file) return;
    const out = join(dir, 'katalog.xlsx');
    const c = io();
    expect(await main(['export', file, '--format', 'xlsx', '--out', out], c.io)).toBe(0);
    expect(readFileSync(out).length).toBeGreaterThan(10_000);
  });
});

describe('gevinst export --runde (a round from the database)', () => {
  it('writes the round the server would give, leaving out rejected proposals', async () => {
    const { openDatabase } = await import('../src/store/open.ts');
    const { createServices } = await import('../src/server/services/index.ts');
    const { seedDemo } = await import('../src/demo/seed.ts');
    const dataDir = mkdtempSync(join(tmpdir(), 'gevinst-export-db-'));
    const db = await openDatabase({ dataDir });
    const statuses = await (async () => {
      await seedDemo(db, createServices(db));
      const { rows } = await db.query<{ ref: string; status: string }>(
        'SELECT ref, status FROM proposals WHERE round_id = 1',
      );
      return rows;
    })();
    await db.close();
    const previous = process.env.GEVINST_DATA_DIR;
    process.env.GEVINST_DATA_DIR = dataDir;
    try {
      const out = join(dir, 'runde1.json');
      const c = io();
      expect(await main(['export', '--runde', '1', '--format', 'json', '--out', out], c.io)).toBe(0);
      const doc = JSON.parse(readFileSync(out, 'utf8')) as {
        proposals: { ref: string }[];
        catalog: { rows: unknown[] };
      };
      const counted = statuses
        .filter((s) => s.status !== 'afvist' && s.status !== 'trukket_tilbage')
        .map((s) => s.ref);
      expect(doc.proposals.map((p) => p.ref).sort()).toEqual(counted.sort());
      expect(counted.length).toBeLessThan(statuses.length); // the demo has a rejected proposal
      expect(doc.catalog.rows.length).toBeGreaterThan(0);
      const missing = io();
      expect(await main(['export', '--runde', '99', '--format', 'json', '--out', out], missing.io)).toBe(2);
      expect(missing.err.join('')).toContain('Budgetrunde 99 findes ikke');
    } finally {
      if (previous === undefined) delete process.env.GEVINST_DATA_DIR;
      else process.env.GEVINST_DATA_DIR = previous;
    }
  });
});
