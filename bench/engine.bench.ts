// Engine throughput: full derivation of 100,000 synthetic proposals (20 lines × 6 years each):
// every total and subtotal, both paybacks, and one distribution (the investment split over seven
// administrations by head count, rounded to 1.000 kr.). Prints proposals per second; never asserts.
import { availableParallelism, loadavg } from 'node:os';
import { distribute } from '../src/core/distribution.ts';
import { deriveProposal } from '../src/core/derive.ts';
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

export default async function engineBench(): Promise<void> {
  const t0 = performance.now();
  const proposals = syntheticProposals(COUNT);
  const generated = performance.now() - t0;
  console.log(
    `generated ${COUNT.toLocaleString('da-DK')} proposals (20 lines × 6 years) in ${generated.toFixed(0)} ms`,
  );

  let checksum = 0;
  // Wall time and this process's CPU time: on a shared machine the CPU figure is the fairer
  // measure of one core; both are printed, with the load average.
  const cpuTimes: number[] = [];
  const run = (): number => {
    const cpu0 = process.cpuUsage();
    const start = performance.now();
    for (const p of proposals) {
      const c = deriveProposal(p);
      if (c === null) continue;
      const parts = distribute(Math.round(c.investmentTotal / 1000) * 1000, KEY, 't.kr');
      checksum += (c.paybackTotal ?? 0) + (c.paybackService ?? 0) + (parts['BUF'] ?? 0) / 1000;
    }
    const wall = performance.now() - start;
    const cpu = process.cpuUsage(cpu0);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
    return wall;
  };
  run(); // warm-up: let the JIT settle
  cpuTimes.length = 0;
  const times: number[] = [];
  for (let i = 0; i < 3; i++) times.push(run());
  times.sort((a, b) => a - b);
  const best = times[0] as number;
  const median = times[1] as number;
  const rate = (ms: number) => Math.round((COUNT / ms) * 1000).toLocaleString('da-DK');
  console.log(
    `full derivation + distribution: best ${best.toFixed(0)} ms (${rate(best)} proposals/s), median ${median.toFixed(0)} ms (${rate(median)} proposals/s)`,
  );
  const bestCpu = Math.min(...cpuTimes);
  console.log(
    `CPU time of the best run: ${bestCpu.toFixed(0)} ms (${rate(bestCpu)} proposals/s); load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${String(availableParallelism())} cores`,
  );
  console.log(`goal ≥ 100.000 proposals/s on one core; checksum ${checksum}`);
  await Promise.resolve();
}
