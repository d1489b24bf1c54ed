// Imported vs authored (issue 11): the 2026 catalog imported into a round keeps its print in
// version 1, with the finding the print earns (Forslag 9 prints "Samlet økonomisk påvirkning" 2026
// as −200 where its lines give +200). Edited and saved in Gevinst, the new version is authored: it
// is judged on its own numbers, has no error finding, and the finance centre can approve it.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_FILES, corpusFile } from './corpus.ts';
import { type TestApp, startTestApp } from './server-helpers.ts';
import { testDatabases } from './store-helpers.ts';

interface Finding {
  code: string;
  severity: string;
  year: number | null;
}
interface Record_ {
  id: number;
  version: number;
  origin: string;
  status: string;
  proposal: {
    economy: {
      lines: { label: string; amounts: Record<string, number> }[];
      stated: { economicImpact: object };
    };
  } & Record<string, unknown>;
}

const file = corpusFile(CORPUS_FILES.y2026);

describe.skipIf(file === null)('an imported proposal edited in Gevinst', () => {
  let t: TestApp;
  let id: number;

  beforeAll(async () => {
    t = await startTestApp(testDatabases[0]!);
    const cfoe = await t.client('cfoe');
    const round = (await cfoe.post('/api/rounds', { name: 'Budget 2026', kind: 'budget', year: 2026 })).json<{
      id: number;
    }>();
    const text = readFileSync(file!, 'utf8');
    const res = await cfoe.request('POST', `/api/rounds/${round.id}/import?fileName=katalog.txt`, undefined, {
      raw: text,
    });
    expect(res.statusCode).toBe(201);
    id = res
      .json<{ proposals: { id: number; ref: string }[] }>()
      .proposals.find((p) => p.ref === 'Forslag 9')!.id;
  });
  afterAll(async () => t?.close());

  it('version 1 is imported and keeps the error its print earns', async () => {
    const cfoe = await t.client('cfoe');
    const record = (await cfoe.get(`/api/proposals/${id}`)).json<Record_>();
    expect(record.origin).toBe('imported');
    const findings = (await cfoe.get(`/api/proposals/${id}/findings`)).json<{ findings: Finding[] }>()
      .findings;
    expect(findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.year])).toEqual([
      ['economy.impact-total', 2026],
    ]);
  });

  it('an edit saves an authored version without error findings, which the finance centre approves', async () => {
    const cfoe = await t.client('cfoe');
    const record = (await cfoe.get(`/api/proposals/${id}`)).json<Record_>();
    const { computed: _computed, ...proposal } = record.proposal;
    const line = proposal.economy.lines.find((l) => l.label === 'Årsværk til projektledelse')!;
    line.amounts['2026'] = 300_000;
    const saved = await cfoe.put(`/api/proposals/${id}`, {
      basedOnVersion: 1,
      proposal,
      note: 'Projektledelse 2026 rettet',
    });
    expect(saved.statusCode).toBe(200);
    const v2 = saved.json<Record_>();
    expect([v2.version, v2.origin]).toEqual([2, 'authored']);
    expect(v2.proposal.economy.stated.economicImpact).toEqual({});
    const findings = (await cfoe.get(`/api/proposals/${id}/findings`)).json<{ findings: Finding[] }>()
      .findings;
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);

    const move = (to: string, version: number) =>
      cfoe.post(`/api/proposals/${id}/transitions`, { to, basedOnVersion: version });
    expect((await move('indsendt', 2)).statusCode).toBe(200);
    const approved = await move('godkendt_cfoe', 2);
    expect(approved.statusCode).toBe(200);
    expect(approved.json<Record_>().status).toBe('godkendt_cfoe');

    // Version 1 with its print and its finding stays in the history.
    const v1 = (await cfoe.get(`/api/proposals/${id}/versions/1`)).json<{
      version: { origin: string };
      proposal: { economy: { stated: { economicImpact: Record<string, number> } } };
    }>();
    expect(v1.version.origin).toBe('imported');
    expect(v1.proposal.economy.stated.economicImpact['2026']).toBe(-200_000);
    const v1Findings = (await cfoe.get(`/api/proposals/${id}/versions/1/findings`)).json<{
      findings: Finding[];
    }>().findings;
    expect(v1Findings.some((f) => f.code === 'economy.impact-total')).toBe(true);
  });
});
