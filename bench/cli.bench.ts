// `npm run bench cli`: the production build as whole processes, against a bare `node -e 0` measured
// interleaved in the same run (the machine is shared; only ratios survive its noise).
// Goals (issue 15): `gevinst --help` ≤ 3× and `gevinst import` of the 2026 catalog ≤ 6× the
// floor, median of 5; server start to healthy on an existing data directory < 2 s.
// Runs dist/ (built by `npm run bench`, which builds first); the tsx source path is shown beside it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS_DIR, CORPUS_FILES } from '../test/corpus.ts';
import { startServerProcess } from '../test/gevinst-process.ts';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'gevinst.js');
const SOURCE = ['--import', 'tsx', join(ROOT, 'src', 'cli', 'run.ts')];
const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function wall(args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: 'ignore', env });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}`);
  return ms;
}

interface Case {
  label: string;
  args: string[];
  goal?: number;
}

/** Runs every case once per round, RUNS rounds, and prints medians and ratios to the floor. */
function interleaved(cases: Case[]): void {
  const floor: number[] = [];
  const times = cases.map(() => [] as number[]);
  wall(['-e', '0']); // warm the file cache
  for (const c of cases) wall(c.args);
  for (let r = 0; r < RUNS; r++) {
    floor.push(wall(['-e', '0']));
    cases.forEach((c, i) => times[i]!.push(wall(c.args)));
  }
  const f = median(floor);
  console.log(`  ${'node -e 0 (floor)'.padEnd(44)} ${f.toFixed(0).padStart(6)} ms`);
  cases.forEach((c, i) => {
    const m = median(times[i]!);
    const ratio = m / f;
    const goal = c.goal ? `  goal ≤ ${c.goal}× ${ratio <= c.goal ? 'met' : 'NOT met'}` : '';
    console.log(
      `  ${c.label.padEnd(44)} ${m.toFixed(0).padStart(6)} ms  ${ratio.toFixed(1).padStart(5)}×${goal}`,
    );
  });
}

async function startToHealthy(dataDir: string): Promise<number> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GEVINST_DATA_DIR: dataDir,
    PORT: '0',
    GEVINST_LOG: 'warn',
  };
  delete env.DATABASE_URL;
  const t0 = performance.now();
  const server = await startServerProcess([BIN, 'serve', '--host', '127.0.0.1'], env);
  try {
    for (;;) {
      const res = await fetch(`${server.url}/api/health`).catch(() => null);
      if (res?.status === 200) return performance.now() - t0;
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    await server.stop();
  }
}

export default async function bench(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist', 'node', 'run.js'))) {
    console.log('  dist/ mangler: kør "npm run build" (npm run bench gør det).');
    return;
  }
  console.log(`Whole processes, median of ${RUNS}, interleaved (load average ${loadavg()[0]!.toFixed(1)}):`);
  const catalog = join(CORPUS_DIR, CORPUS_FILES.y2026);
  const cases: Case[] = [
    { label: 'gevinst --help (dist)', args: [BIN, '--help'], goal: 3 },
    { label: 'gevinst --help (source through tsx)', args: [...SOURCE, '--help'] },
  ];
  if (existsSync(catalog)) {
    cases.push(
      { label: 'gevinst import 2026 catalog (dist)', args: [BIN, 'import', catalog], goal: 6 },
      { label: 'gevinst import 2026 catalog (source, tsx)', args: [...SOURCE, 'import', catalog] },
    );
  } else console.log(`  ${catalog} not found: the import is skipped`);
  interleaved(cases);

  // Server start on an existing data directory: the first start creates it (demo data).
  const dataDir = mkdtempSync(join(tmpdir(), 'gevinst-start-'));
  try {
    await startToHealthy(dataDir);
    const starts: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      floor.push(wall(['-e', '0']));
      starts.push(await startToHealthy(dataDir));
    }
    const m = median(starts);
    console.log(
      `  server start to healthy, existing PGlite dir   ${m.toFixed(0).padStart(6)} ms  (floor ${median(floor).toFixed(0)} ms)  goal < 2000 ms ${m < 2000 ? 'met' : 'NOT met'}`,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
