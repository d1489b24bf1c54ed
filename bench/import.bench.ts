// Import speed: each corpus file that exists, the 2026 catalog as our PDF export read in-process,
// `gevinst import` of the 2026 file as a whole process, then a synthetic corpus built in memory by
// repeating the 2026 catalog's proposals with renumbered "Forslag N". Prints figures; asserts none.
// The machine is shared, so every figure has a floor measured in the same run beside it: the least
// work of the same kind (every line split and squashed; pdf.js's text extraction alone; `node -e 0`).
// Goals (issues 3 and 14): the 2026 file under 100 ms in-process, its PDF under 2 s, the whole
// process within 6× `node -e 0`, at least 10 MB/s, peak memory under 10× the input.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { resourceUsage } from 'node:process';
import { fileURLToPath } from 'node:url';
import { readDocument } from '../src/formats/import.ts';
import { squash } from '../src/formats/text-catalog/letter-spacing.ts';
import { exportPdf } from '../src/formats/pdf/index.ts';
import { readTextCatalog } from '../src/formats/text-catalog/index.ts';
import { CORPUS_DIR, CORPUS_FILES } from '../test/corpus.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const MB = 1024 * 1024;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** The 2026 text with its proposals repeated until the text is about `targetBytes` long. */
export function syntheticCorpus(text2026: string, targetBytes: number): string {
  const lines = text2026.split('\n');
  const first = lines.findIndex((l) => /^ ?Forslag 1 /.test(l));
  const outline = lines.findIndex((l) => l.startsWith('\tForslag 1 '));
  const head = lines.slice(0, first).join('\n');
  const body = lines.slice(first, outline < 0 ? lines.length : outline);
  const perCopy = Buffer.byteLength(body.join('\n'), 'utf8');
  const copies = Math.max(1, Math.round((targetBytes - head.length) / perCopy));
  const parts = [head];
  for (let k = 0; k < copies; k++) {
    const shift = k * 36;
    parts.push(
      body
        .map((l) =>
          l.replace(/^( ?)Forslag (\d+)/, (_m, sp: string, n: string) => `${sp}Forslag ${Number(n) + shift}`),
        )
        .join('\n'),
    );
  }
  return parts.join('\n');
}

/** Median and minimum of `runs` timings of `f` (after one warm-up), in ms. */
async function timed(runs: number, f: () => unknown): Promise<{ median: number; min: number }> {
  await f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    times.push(performance.now() - t0);
  }
  return { median: median(times), min: Math.min(...times) };
}

/** The floor of a text import: every line split off and squashed, nothing read. */
function floorPass(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) n += squash(line).length;
  return n;
}

/** pdf.js's own text extraction of every page: the floor of a PDF import. */
async function pdfFloor(bytes: Uint8Array): Promise<number> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  let items = 0;
  for (let i = 1; i <= doc.numPages; i++)
    items += (await (await doc.getPage(i)).getTextContent()).items.length;
  await doc.destroy();
  return items;
}

/** Wall time of a child process, median of `runs`. */
function processTime(runs: number, args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    execFileSync(process.execPath, args, {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'ignore'],
      maxBuffer: 1 << 28,
    });
    times.push(performance.now() - t0);
  }
  return median(times);
}

export default async function bench(): Promise<void> {
  console.log(
    `Import of each corpus file (median of 7 runs after one warm-up; load average ${loadavg()[0]!.toFixed(1)}):`,
  );
  let text2026: string | null = null;
  for (const name of Object.values(CORPUS_FILES)) {
    const path = join(CORPUS_DIR, name);
    if (!existsSync(path)) {
      console.log(`  ${name}: not found, skipped`);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    if (name === CORPUS_FILES.y2026) text2026 = text;
    const doc = readTextCatalog(text, null);
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < 7; i++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      readTextCatalog(text, null);
      times.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    const ms = median(times);
    const bytes = Buffer.byteLength(text, 'utf8');
    const floor = await timed(7, () => floorPass(text));
    console.log(
      `  ${name}: ${(bytes / 1024).toFixed(0)} KB, ${doc.proposals.length} forslag, ${doc.catalog?.rows.length ?? 0} katalogrækker, ` +
        `${ms.toFixed(1)} ms wall (min ${Math.min(...times).toFixed(1)}), ${median(cpu).toFixed(1)} ms CPU, ` +
        `${(bytes / MB / (ms / 1000)).toFixed(1)} MB/s wall; floor (split + squash every line) ${floor.median.toFixed(1)} ms, ` +
        `ratio ${(ms / floor.median).toFixed(1)}×`,
    );
  }
  if (text2026) {
    // The 2026 catalog as our PDF export, read in-process (pdf.js, then the reader).
    const pdf = await exportPdf(readTextCatalog(text2026, null), { subtitle: 'Budget 2026' });
    const doc = await readDocument(pdf, 'katalog.pdf');
    const whole = await timed(3, () => readDocument(pdf, 'katalog.pdf'));
    const floor = await timed(3, () => pdfFloor(pdf));
    console.log(
      `  2026 catalog as our PDF (${(pdf.length / 1024).toFixed(0)} KB, ${doc.proposals.length} forslag): ` +
        `${whole.median.toFixed(0)} ms (min ${whole.min.toFixed(0)}); floor (pdf.js text extraction alone) ` +
        `${floor.median.toFixed(0)} ms, ratio ${(whole.median / floor.median).toFixed(2)}×`,
    );
    // `gevinst import` as a whole process, against a bare `node -e 0`.
    const dir = mkdtempSync(join(tmpdir(), 'gevinst-bench-'));
    const file = join(dir, 'katalog.txt');
    writeFileSync(file, text2026);
    const bare = processTime(5, ['-e', '0']);
    const cli = processTime(5, [join(ROOT, 'bin', 'gevinst.js'), 'import', file, '--json']);
    console.log(
      `  gevinst import of the 2026 file as a process: ${cli.toFixed(0)} ms; node -e 0: ${bare.toFixed(0)} ms, ratio ${(cli / bare).toFixed(1)}×`,
    );
  }
  if (!text2026) {
    console.log('Synthetic corpus: skipped (needs the 2026 corpus file).');
    return;
  }
  // Let pending output flush before the long synchronous run.
  await new Promise((resolve) => setImmediate(resolve));
  const synthetic = syntheticCorpus(text2026, Number(process.env.BENCH_IMPORT_MB ?? 20) * MB);
  const bytes = Buffer.byteLength(synthetic, 'utf8');
  (globalThis as { gc?: () => void }).gc?.();
  // Baseline after the corpus text exists: the growth is what the import itself needs.
  const rssBefore = process.memoryUsage().rss;
  const maxRssBefore = resourceUsage().maxRSS * 1024;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const doc = readTextCatalog(synthetic, null);
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const cpuMs = (c.user + c.system) / 1000;
  const maxRss = resourceUsage().maxRSS * 1024;
  console.log(
    `Synthetic corpus: ${(bytes / MB).toFixed(1)} MB, ${doc.proposals.length} forslag, ${doc.warnings.length} advarsler, ` +
      `${(ms / 1000).toFixed(2)} s wall, ${(bytes / MB / (ms / 1000)).toFixed(1)} MB/s wall; ${(cpuMs / 1000).toFixed(2)} s CPU ` +
      `(all threads, incl. GC), ${(bytes / MB / (cpuMs / 1000)).toFixed(1)} MB/s per CPU second; load average ${loadavg()[0]!.toFixed(1)}`,
  );
  console.log(
    `  peak RSS ${(maxRss / MB).toFixed(0)} MB (before import: RSS ${(rssBefore / MB).toFixed(0)} MB, peak ${(maxRssBefore / MB).toFixed(0)} MB); ` +
      `growth during import ${((maxRss - rssBefore) / MB).toFixed(0)} MB = ${((maxRss - rssBefore) / bytes).toFixed(1)}× the input`,
  );
}
