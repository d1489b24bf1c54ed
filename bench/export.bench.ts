// A 40-proposal catalog as DOCX, PDF and XLSX (and the CSV/JSON exports for reference).
// Goals (issue 7): DOCX and XLSX under 2 s, PDF under 5 s. Prints the median of 5 runs after a
// warm-up run; never asserts.
import { exportDocument, type ExportFormat } from '../src/formats/export.ts';
import { sampleDocument } from '../test/export-fixture.ts';

const GOALS: Partial<Record<ExportFormat, number>> = { docx: 2000, xlsx: 2000, pdf: 5000 };

export default async function run(): Promise<void> {
  const doc = sampleDocument(40);
  const load = (await import('node:os')).loadavg()[0] ?? 0;
  console.log(
    `load average ${load.toFixed(1)} (wall times on a busy machine overstate the cost; CPU time does not)`,
  );
  console.log(
    `catalog: ${doc.proposals.length} proposals, ${doc.proposals.reduce((a, p) => a + (p.economy?.lines.length ?? 0), 0)} economy lines`,
  );
  for (const format of ['docx', 'pdf', 'xlsx', 'csv', 'kvantum-csv', 'json'] as const) {
    await exportDocument(doc, format);
    const times: number[] = [];
    const cpu: number[] = [];
    let size = 0;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      size = (await exportDocument(doc, format)).length;
      const c = process.cpuUsage(c0);
      times.push(performance.now() - t0);
      // CPU time of this process: what the export costs when the machine is shared and busy.
      cpu.push((c.user + c.system) / 1000);
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const median = times[2] ?? 0;
    const goal = GOALS[format];
    const verdict =
      goal === undefined
        ? ''
        : `  goal < ${goal} ms: ${median < goal ? 'met' : 'NOT met'} (${(median / goal).toFixed(2)} of goal)`;
    console.log(
      `${format.padEnd(12)} median ${median.toFixed(0).padStart(6)} ms wall (min ${times[0]?.toFixed(0)}, max ${times[4]?.toFixed(0)}), ${(cpu[2] ?? 0).toFixed(0)} ms CPU, ${(size / 1024).toFixed(0)} KiB${verdict}`,
    );
  }
}
