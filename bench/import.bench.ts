// Import speed: each corpus file that exists, then a ~50 MB synthetic corpus built in memory by
// repeating the 2026 catalog's proposals with renumbered "Forslag N". Prints figures; asserts none.
// Goals (issue 3): the 2026 file under 100 ms, at least 10 MB/s, peak memory under 10× the input.
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { resourceUsage } from 'node:process';
import { readTextCatalog } from '../src/formats/text-catalog/index.ts';
import { CORPUS_DIR, CORPUS_FILES } from '../test/corpus.ts';

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
    console.log(
      `  ${name}: ${(bytes / 1024).toFixed(0)} KB, ${doc.proposals.length} forslag, ${doc.catalog?.rows.length ?? 0} katalogrækker, ` +
        `${ms.toFixed(1)} ms wall (min ${Math.min(...times).toFixed(1)}), ${median(cpu).toFixed(1)} ms CPU, ` +
        `${(bytes / MB / (ms / 1000)).toFixed(1)} MB/s wall`,
    );
  }
  if (!text2026) {
    console.log('Synthetic corpus: skipped (needs the 2026 corpus file).');
    return;
  }
  // Let pending output flush before the long synchronous run.
  await new Promise((resolve) => setImmediate(resolve));
  const synthetic = syntheticCorpus(text2026, 50 * MB);
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
