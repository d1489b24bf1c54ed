// `gevinst validate` through the CLI's main(): the gevinst.findings/1 contract, exit codes 0/1/2,
// the HTML report with --out, and one Danish line for unreadable input.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { isMessageCode, messageText } from '../src/core/messages/index.ts';
import type { GevinstDocument } from '../src/core/model.ts';
import { doc, line, proposal, tkr } from '../src/core/validation/testing.ts';
import { corpusFile, CORPUS_FILES } from './corpus.ts';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'gevinst-validate-'));

function writeDoc(name: string, d: GevinstDocument): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(d));
  return path;
}

/** One proposal whose "Samlet økonomisk påvirkning" 2026 is printed −200 where +200 is right. */
function withError(): GevinstDocument {
  const p = proposal('Forslag 9', {
    title: 'Samling af det tekniske systemejerskab',
    sourceLines: [4239],
    lines: [
      line('Ressourcer', 'varig', 'service', { 2026: -600 }, 4390),
      line('Årsværk', 'implementering', 'service', { 2026: 800 }, 4410),
    ],
    stated: { economicImpact: tkr({ 2026: -200 }), sourceLines: { economicImpact: 4425 } },
  });
  return doc([p]);
}

describe('gevinst validate', () => {
  it('prints gevinst.findings/1 with the contract fields and exits 1 when there is an error', async () => {
    const c = io();
    const code = await main(['validate', writeDoc('fejl.json', withError()), '--json'], c.io);
    expect(code).toBe(1);
    expect(c.out).toHaveLength(1);
    const json = JSON.parse(c.out[0] ?? '') as { format: string; findings: Record<string, unknown>[] };
    expect(json.format).toBe('gevinst.findings/1');
    for (const f of json.findings) {
      // The contract's fields, plus the additive `code` and `params` (docs/messages.md).
      expect(Object.keys(f).sort()).toEqual([
        'code',
        'expected',
        'found',
        'message',
        'params',
        'proposalRef',
        'rule',
        'severity',
        'sourceLine',
        'year',
      ]);
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(isMessageCode(String(f.code))).toBe(true);
    }
    expect(json.findings).toContainEqual(
      expect.objectContaining({
        rule: 'economy.impact-total',
        code: 'economy.impact-total',
        severity: 'error',
        proposalRef: 'Forslag 9',
        year: 2026,
        expected: 200_000,
        found: -200_000,
        sourceLine: 4425,
      }),
    );
  });

  it('exits 0 when there are warnings but no error', async () => {
    const ok = withError();
    const e = ok.proposals[0]?.economy;
    if (!e) throw new Error('economy expected');
    e.stated.economicImpact = tkr({ 2026: 200 });
    const c = io();
    const code = await main(['validate', writeDoc('ok.json', ok), '--json'], c.io);
    const json = JSON.parse(c.out[0] ?? '') as { findings: { severity: string }[] };
    expect(json.findings.some((f) => f.severity === 'error')).toBe(false);
    expect(code).toBe(0);
  });

  it('prints a readable Danish list by default', async () => {
    const c = io();
    expect(await main(['validate', writeDoc('fejl2.json', withError())], c.io)).toBe(1);
    const text = c.out.join('\n');
    expect(text).toContain('l. 4425');
    expect(text).toContain('FEJL');
    // Each line names the finding's code, so a reader can look it up in docs/messages.md.
    expect(text).toContain('economy.impact-total (Forslag 9 2026): ');
    expect(text).toMatch(/1 fejl, \d+ advarsler, \d+ oplysninger\./);
  });

  it('writes the HTML report with --out, and only the finished file', async () => {
    const out = join(dir, 'rapport.html');
    const c = io();
    expect(await main(['validate', writeDoc('fejl3.json', withError()), '--html', '--out', out], c.io)).toBe(
      1,
    );
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<h1>Afstemningsrapport</h1>');
    expect(html).toContain('economy.impact-total');
    expect(c.out).toEqual([]);
    expect(c.err.join('')).toContain('Skrev');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    ['a missing file', [join(dir, 'findes-ikke.txt')], /findes ikke/],
    ['a binary file', ['BINARY'], messageText('import.binary-file', { file: join(dir, 'binary.txt') })],
    ['a bad JSON document', ['BADJSON'], /format/],
    [
      'a text that is no catalog',
      ['NOCATALOG'],
      messageText('import.nothing-read', { file: join(dir, 'noget.txt') }),
    ],
    ['both --json and --html', ['OK', '--json', '--html'], /enten --json eller --html/],
    ['no file', [], /Angiv hvilken fil/],
  ])('exits 2 with one Danish line for %s', async (_what, args, message) => {
    const paths: Record<string, string> = {
      BINARY: join(dir, 'binary.txt'),
      BADJSON: join(dir, 'bad.json'),
      NOCATALOG: join(dir, 'noget.txt'),
      OK: writeDoc('ok2.json', doc([])),
    };
    writeFileSync(paths.BINARY as string, Buffer.from([0x47, 0x00, 0x01]));
    writeFileSync(paths.BADJSON as string, '{"format":"noget-andet"}');
    writeFileSync(paths.NOCATALOG as string, 'Kære kollega,\nher er referatet fra mødet.\n');
    const c = io();
    const code = await main(['validate', ...args.map((a) => paths[a] ?? a)], c.io);
    expect(code).toBe(2);
    expect(c.err).toHaveLength(1);
    if (typeof message === 'string') expect(c.err[0]).toBe(`Fejl: ${message}`);
    else expect(c.err[0]).toMatch(message);
    expect(c.err[0]).not.toMatch(/at .*\.ts:\d+/);
  });

  it('validates the 2026 corpus catalog: exit 1 and the Forslag 9 error at line 4425', async (ctx) => {
    const path = corpusFile(CORPUS_FILES.y2026);
    if (!path) return ctx.skip();
    const c = io();
    expect(await main(['validate', path, '--json'], c.io)).toBe(1);
    const json = JSON.parse(c.out[0] ?? '') as { findings: Record<string, unknown>[] };
    expect(json.findings).toContainEqual(
      expect.objectContaining({ rule: 'economy.impact-total', proposalRef: 'Forslag 9', sourceLine: 4425 }),
    );
  });
});
