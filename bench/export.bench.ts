// A 40-proposal catalog as DOCX, PDF and XLSX (and the CSV/JSON exports for reference).
// Goals (issue 7): DOCX and XLSX under 2 s, PDF under 5 s. Prints the median of 5 runs after a
// warm-up run; never asserts.
import { exportDocument, type ExportFormat } from '../src/formats/export.ts';
import { sampleDocument } from '../test/export-fixture.ts';

const GOALS: Partial<Record<ExportFormat, number>> = { docx: 2000, xlsx: 2000, pdf: 5000 };

export default async function run(): Promise<void> {
  const doc = sampleDocument(40);
  console.log(`catalog: ${doc.proposals.length} proposals, ${doc.proposals.reduce((a, p) => a + (p.economy?.lines.length ?? 0), 0)} economy lines`);
  for (const format of ['docx', 'pdf', 'xlsx', 'csv', 'kvantum-csv', 'json'] as const) {
    await exportDocument(doc, format);
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      size = (await exportDocument(doc, format)).length;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const median = times[2] ?? 0;
    const goal = GOALS[format];
    const verdict = goal === undefined ? '' : `  goal < ${goal} ms: ${median < goal ? 'met' : 'NOT met'} (${(median / goal).toFixed(2)} of goal)`;
    console.log(`${format.padEnd(12)} median ${median.toFixed(0).padStart(6)} ms  (min ${times[0]?.toFixed(0)}, max ${times[4]?.toFixed(0)})  ${(size / 1024).toFixed(0)} KiB${verdict}`);
  }
}
