// `gevinst import` through the CLI's main(): bad input gives exit 2 and one Danish line, a
// truncated catalog gives a partial result with warnings, never a stack trace or a hang.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { messageText } from '../src/core/messages/index.ts';
import type { GevinstDocument } from '../src/core/model.ts';
import { CORPUS_FILES, corpusFile } from './corpus.ts';

const dir = mkdtempSync(join(tmpdir(), 'gevinst-import-'));

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['import', ...args], { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

/** Exit 2 with exactly one Danish line on stderr (the catalogue's text, or matching) and nothing on stdout. */
function expectUnreadable(r: { code: number; out: string; err: string }, pattern: RegExp | string) {
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err.trim().split('\n')).toHaveLength(1);
  if (typeof pattern === 'string') expect(r.err.trim()).toBe(`Fejl: ${pattern}`);
  else expect(r.err).toMatch(pattern);
  expect(r.err).not.toMatch(/\bat .*\.ts:\d+|Error:/);
}

describe('gevinst import: bad input', () => {
  it('a missing file', async () => {
    expectUnreadable(await run(join(dir, 'findes-ikke.txt')), /findes ikke/);
  });
  it('an empty file, and one with only blanks', async () => {
    expectUnreadable(await run(file('tom.txt', '')), /tom/);
    expectUnreadable(await run(file('blank.txt', '\n  \n\t\n')), /tom/);
  });
  it('a binary file', async () => {
    const bytes = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe,
    ]);
    const png = file('billede.png', bytes);
    expectUnreadable(await run(png), messageText('import.binary-file', { file: png }));
  });
  it('text that is not UTF-8 and no catalog', async () => {
    const latin1 = file('latin1.txt', Buffer.from([0x53, 0xf8, 0x20, 0x6f, 0x67, 0x20, 0xe5]));
    expectUnreadable(await run(latin1), messageText('import.nothing-read', { file: latin1 }));
  });
  it('text that is no catalog', async () => {
    const text =
      'Referat af møde i Gevinst-gruppen\n\nVi talte om kaffe, om vejret og om frokost.\nNæste møde er tirsdag.\n';
    const referat = file('referat.txt', text);
    expectUnreadable(await run(referat), messageText('import.nothing-read', { file: referat }));
  });
  // Pathological shapes must stay linear: an exponential or quadratic pass would hit the timeout.
  it('a catalog header over a line of 100.000 letter-spaced digits', async () => {
    const text =
      'Tabel 1. Effektiviseringer i budget 2026 fordelt på forvaltninger\n1.000 kr. 2026 p/l\nUdvalg 2026 2027\n' +
      '1 '.repeat(100_000) +
      '\n';
    const r = await run(file('cifre.txt', text), '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as GevinstDocument;
    expect(doc.warnings.length).toBeGreaterThan(0);
  }, 60_000);
  it('a directory, no file, or an unknown option', async () => {
    expectUnreadable(await run(dir), /mappe/);
    expectUnreadable(await run(), /Angiv præcis én fil/);
    expectUnreadable(await run(file('x.txt', 'x'), '--yaml'), /Ukendt tilvalg/);
  });
});

const path = corpusFile(CORPUS_FILES.y2026);

describe.skipIf(!path)('gevinst import: the 2026 catalog', () => {
  const text = path ? readFileSync(path, 'utf8') : '';
  const lines = text.split('\n');

  it('--json prints exactly one gevinst.document/1 object with the file hash and engine figures', async () => {
    const r = await run(path!, '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as GevinstDocument;
    expect(doc.format).toBe('gevinst.document/1');
    expect(doc.source).toEqual({
      path,
      sha256: createHash('sha256').update(readFileSync(path!)).digest('hex'),
    });
    expect(doc.priceLevelYear).toBe(2026);
    expect(doc.proposals).toHaveLength(36);
    const f16 = doc.proposals.find((p) => p.ref === 'Forslag 16')!;
    // Computed by the engine from the lines, reported beside what is printed.
    expect(f16.computed?.investmentTotal).toBe(570000);
    expect(f16.economy?.stated.paybackTotal).toBe(3);
  });

  it('prints a Danish summary by default', async () => {
    const r = await run(path!);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Importeret: /);
    expect(r.out).toMatch(/Forslag: 36 \(25 investering, 11 effektivisering\)/);
    expect(r.out).toMatch(/Advarsler: \d+/);
  });

  it('a catalog cut after the catalog tables gives the catalog and warnings for the missing proposals', async () => {
    const cut = lines.slice(0, 440).join('\n');
    const r = await run(file('kun-katalog.txt', cut), '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as GevinstDocument;
    expect(doc.catalog?.rows).toHaveLength(64);
    expect(doc.proposals).toHaveLength(0);
    const absent = doc.warnings.filter((w) => w.code === 'catalog-table.proposal-absent');
    expect(absent).toHaveLength(36);
    expect(absent.map((w) => w.params?.['ref'])).toContain('Forslag 16');
  });

  it('--tekst prints the text read with line numbers, which the warnings point into', async () => {
    const r = await run(path!, '--tekst');
    expect(r.code).toBe(0);
    const printed = r.out.split('\n');
    expect(printed).toHaveLength(lines.length);
    const width = String(lines.length).length;
    expect(printed[99]).toBe(`${'100'.padStart(width)}  ${lines[99]}`);
  });

  it('a catalog cut inside an economic table gives a partial proposal with warnings', async () => {
    const cut = lines.slice(0, 668).join('\n'); // inside Forslag 1's Tabel 1
    const r = await run(file('afbrudt.txt', cut), '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as GevinstDocument;
    expect(doc.proposals.map((p) => p.ref)).toEqual(['Forslag 1']);
    expect(doc.proposals[0]!.economy?.lines.length).toBeGreaterThan(0);
    expect(doc.warnings.length).toBeGreaterThan(0);
  });

  it('never crashes or hangs on a catalog cut at any line', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: lines.length }), async (n) => {
        const r = await run(file('cut.txt', lines.slice(0, n).join('\n')), '--json');
        expect([0, 2]).toContain(r.code);
        if (r.code === 0) expect((JSON.parse(r.out) as GevinstDocument).format).toBe('gevinst.document/1');
        else expect(r.err.trim().split('\n')).toHaveLength(1);
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
