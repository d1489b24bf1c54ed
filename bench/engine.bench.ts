// Engine throughput over 100,000 synthetic proposals (20 lines × 6 years each), beside a floor
// measured in the same run: a plain loop that only visits the same amounts (Object.keys per line
// and a sum), which no derivation can beat. The goal is a derivation within 3× of that floor.
// Also the full path the catalog takes: derivation plus one distribution (the investment split
// over seven administrations by head count, rounded to 1.000 kr.). Prints; never asserts.
import { availableParallelism, loadavg } from 'node:os';
import { distribute } from '../src/core/distribution.ts';
import { deriveProposal } from '../src/core/derive.ts';
import type { Proposal } from '../src/core/model.ts';
import { syntheticProposals } from '../src/core/testing/synthetic.ts';

const COUNT = 100_000;
const KEY: Array<readonly [string, number]> = [
  ['ØKF', 1200],
  ['BUF', 9800],
  ['KFF', 1700],
  ['SOF', 4100],
  ['SUF', 7600],
  ['TMF', 2100],
  ['BIF', 1500],
];

/** The floor: visit every amount of every line once, as any derivation must. */
function floor(proposals: readonly Proposal[]): number {
  let sum = 0;
  for (const p of proposals) {
    for (const line of p.economy?.lines ?? []) {
      const a = line.amounts;
      const keys = Object.keys(a);
      for (let k = 0; k < keys.length; k++) sum += a[keys[k] as string] as number;
    }
  }
  return sum;
}

/** The derivation, reading the contract's figures as a consumer (the catalog) does. */
function derive(proposals: readonly Proposal[]): number {
  let sum = 0;
  for (const p of proposals) {
    const d = deriveProposal(p);
    if (d === null) continue;
    sum += d.investmentTotal + (d.paybackTotal ?? 0) + (d.paybackService ?? 0);
    sum +=
      (d.permanentChange['2027'] ?? 0) +
      (d.economicImpact['2027'] ?? 0) +
      (d.implementationCost['2025'] ?? 0);
  }
  return sum;
}

function deriveAndDistribute(proposals: readonly Proposal[]): number {
  let sum = 0;
  for (const p of proposals) {
    const c = deriveProposal(p);
    if (c === null) continue;
    const parts = distribute(Math.round(c.investmentTotal / 1000) * 1000, KEY, 't.kr');
    sum += (c.paybackTotal ?? 0) + (c.paybackService ?? 0) + (parts['BUF'] ?? 0) / 1000;
  }
  return sum;
}

/** CPU time of one call in ms (this process only: fairer than wall time on a shared machine). */
function cpuMs(run: () => number): number {
  const cpu0 = process.cpuUsage();
  run();
  const cpu = process.cpuUsage(cpu0);
  return (cpu.user + cpu.system) / 1000;
}

export default async function engineBench(): Promise<void> {
  const t0 = performance.now();
  const proposals = syntheticProposals(COUNT);
  console.log(
    `generated ${COUNT.toLocaleString('da-DK')} proposals (20 lines × 6 years) in ${(performance.now() - t0).toFixed(0)} ms`,
  );
  const runs = { floor: [] as number[], derive: [] as number[], full: [] as number[] };
  // Interleaved, five rounds after a warm-up, so the three see the same machine.
  for (let round = 0; round < 6; round++) {
    const f = cpuMs(() => floor(proposals));
    const d = cpuMs(() => derive(proposals));
    const x = cpuMs(() => deriveAndDistribute(proposals));
    if (round === 0) continue;
    runs.floor.push(f);
    runs.derive.push(d);
    runs.full.push(x);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  const rate = (ms: number) => Math.round((COUNT / ms) * 1000).toLocaleString('da-DK');
  const f = median(runs.floor);
  const d = median(runs.derive);
  const x = median(runs.full);
  console.log(`floor (visit every amount once): ${f.toFixed(0)} ms CPU (${rate(f)} proposals/s)`);
  console.log(
    `derivation:                      ${d.toFixed(0)} ms CPU (${rate(d)} proposals/s) = ${(d / f).toFixed(2)}× the floor (goal ≤ 3×)`,
  );
  console.log(
    `derivation + distribution:       ${x.toFixed(0)} ms CPU (${rate(x)} proposals/s) = ${(x / f).toFixed(2)}× the floor`,
  );
  console.log(
    `medians of 5 interleaved runs; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${String(availableParallelism())} cores`,
  );
  await Promise.resolve();
}
