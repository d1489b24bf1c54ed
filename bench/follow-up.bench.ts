// The follow-up report: core's computation of `gevinst.followup/1` over N adopted proposals (each
// with two realisation versions for its first two years, a confirmation and three targets, one of
// them recurring), and the report rendered as XLSX, PDF and DOCX. Prints the median of 5 runs
// after a warm-up, wall and CPU time; never asserts.
import { followUpReport, type FollowedProposal } from '../src/core/follow-up/report.ts';
import { planOf } from '../src/core/follow-up/plan.ts';
import type { RealisationEntry } from '../src/core/follow-up/realisation.ts';
import { prng, syntheticProposal } from '../src/core/testing/synthetic.ts';
import { exportFollowUp } from '../src/formats/follow-up/index.ts';

function followed(count: number): FollowedProposal[] {
  const random = prng(7);
  const out: FollowedProposal[] = [];
  for (let i = 0; i < count; i++) {
    const proposal = syntheticProposal(i, random, 12, 6);
    proposal.followUp = [
      {
        group: null,
        target: 'Mål A',
        measure: 'Måling',
        responsible: 'Forvaltningen',
        when: 'Q2 2026',
        sourceLine: null,
      },
      {
        group: null,
        target: 'Mål B',
        measure: 'Måling',
        responsible: 'Forvaltningen',
        when: 'Årligt fra 2026',
        sourceLine: null,
      },
      {
        group: null,
        target: 'Mål C',
        measure: 'Rapport',
        responsible: 'Forvaltningen',
        when: 'Efter behov',
        sourceLine: null,
      },
    ];
    const plan = planOf(proposal);
    const entries: RealisationEntry[] = [];
    for (const [v, year] of [
      [1, plan?.years[0]],
      [2, plan?.years[1]],
    ] as const) {
      if (year === undefined || !plan) continue;
      for (const a of plan.areas) {
        const p = a.amounts[String(year)];
        if (p !== undefined)
          entries.push({
            version: v,
            year,
            section: a.section,
            budgetArea: a.budgetArea,
            line: null,
            amount: p + 1000 * (i % 7),
          });
      }
    }
    out.push({
      proposalId: i + 1,
      roundId: 1 + (i % 3),
      roundName: `Budget ${2025 + (i % 3)}`,
      committee: ['BUU', 'SUU', 'TMU', 'ØU'][i % 4] ?? null,
      administration: ['BUF', 'SUF', 'TMF', 'ØKF'][i % 4] ?? null,
      status: 'udmoentet',
      approvedWith: 'Budget 2025',
      approvedVersion: 1,
      proposal,
      realisation: {
        versions: [
          { version: 1, by: 'a', at: '2026-01-01T00:00:00Z' },
          { version: 2, by: 'a', at: '2026-06-01T00:00:00Z' },
        ],
        entries,
        notes: [],
        confirmations: plan?.years[0]
          ? [{ year: plan.years[0], version: 1, by: 'c', at: '2026-02-01T00:00:00Z' }]
          : [],
      },
      targets: new Map([
        [
          0,
          {
            schedule: null,
            met: [{ due: '2026-06-30', by: 'a', at: '2026-07-01T00:00:00Z', evidence: 'ok' }],
          },
        ],
      ]),
    });
  }
  return out;
}

async function measure(label: string, f: () => Promise<number> | number): Promise<void> {
  await f();
  const wall: number[] = [];
  const cpu: number[] = [];
  let size = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    size = await f();
    const c = process.cpuUsage(c0);
    wall.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(34)} median ${(wall[2] ?? 0).toFixed(0).padStart(6)} ms wall, ${(cpu[2] ?? 0).toFixed(0).padStart(6)} ms CPU${size > 1 ? `, ${(size / 1024).toFixed(0)} KiB` : ''}`,
  );
}

export default async function run(): Promise<void> {
  const load = (await import('node:os')).loadavg()[0] ?? 0;
  console.log(`load average ${load.toFixed(1)}`);
  for (const n of [200, 2_000]) {
    const proposals = followed(n);
    const input = {
      organisation: { id: 1, slug: 'kk', name: 'Københavns Kommune' },
      scope: { kind: 'organisation' as const },
      thresholds: { percent: 10, kroner: 100_000 },
      today: '2026-12-07',
      proposals,
    };
    await measure(`report, ${n} proposals`, () => (followUpReport(input), 0));
    const report = followUpReport(input);
    if (n > 200) continue;
    for (const format of ['xlsx', 'pdf', 'docx'] as const)
      await measure(`${format}, ${n} proposals`, async () => (await exportFollowUp(report, format)).length);
  }
}
