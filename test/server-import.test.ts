// The server's import as a user uses it: a PDF or Word file uploaded as its bytes (the kind decided
// by the content, not the content type), a text, and a file from which nothing can be read (422
// with the Danish reason, nothing stored).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageText } from '../src/core/messages/index.ts';
import type { GevinstDocument } from '../src/core/model.ts';
import { demoProposals } from '../src/demo/budget-2027.ts';
import { exportDocx } from '../src/formats/docx/index.ts';
import { exportPdf } from '../src/formats/pdf/index.ts';
import { readFileSync } from 'node:fs';
import type { CatalogDecision } from '../src/formats/import.ts';
import { CORPUS_FILES, corpusFile } from './corpus.ts';
import { type Client, type TestApp, startTestApp } from './server-helpers.ts';
import { testDatabases } from './store-helpers.ts';

interface Preview {
  document: GevinstDocument;
  conflicts: string[];
  decisions: CatalogDecision[];
}

const corpus2025 = corpusFile(CORPUS_FILES.y2025);

const target = testDatabases[0]!;

describe(`import endpoint on ${target.name}`, () => {
  let t: TestApp;
  let cfoe: Client;
  let roundId: number;
  const doc: GevinstDocument = {
    format: 'gevinst.document/1',
    source: null,
    priceLevelYear: 2027,
    catalog: null,
    proposals: demoProposals()
      .map((d) => d.proposal)
      .filter((p) => p.kind !== 'foranalyse'),
    warnings: [],
  };

  beforeAll(async () => {
    t = await startTestApp(target);
    cfoe = await t.client('cfoe');
    const res = await cfoe.post('/api/rounds', {
      name: 'Import',
      kind: 'budget',
      year: 2027,
      priceLevelYear: 2027,
    });
    roundId = res.json<{ id: number }>().id;
  });
  afterAll(async () => t?.close());

  const upload = (path: string, body: Uint8Array | string, contentType: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/rounds/${roundId}/${path}`,
      headers: { cookie: cfoe.cookie ?? '', 'x-csrf-token': cfoe.csrf ?? '', 'content-type': contentType },
      payload: typeof body === 'string' ? body : Buffer.from(body),
    });

  it('previews a PDF and a Word file sent as bytes, whatever content type they come with', async () => {
    const pdf = await exportPdf(doc, { subtitle: 'Budget 2027' });
    const docx = await exportDocx(doc);
    for (const [bytes, type] of [
      [pdf, 'application/pdf'],
      [pdf, 'application/octet-stream'],
      [docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [docx, 'application/octet-stream'],
    ] as const) {
      const res = await upload('import/preview?fileName=katalog', bytes, type);
      expect(res.statusCode, res.body).toBe(200);
      const preview = res.json<Preview>();
      expect(preview.document.proposals.map((p) => p.ref)).toEqual(doc.proposals.map((p) => p.ref));
      expect(preview.conflicts).toEqual([]);
    }
  }, 60_000);

  it.runIf(corpus2025 !== null)(
    'answers with the printed number of a linked catalog row and the decision the catalog prints',
    async () => {
      const text = readFileSync(corpus2025!);
      const res = await upload('import/preview?fileName=bilag8.txt', text, 'application/octet-stream');
      expect(res.statusCode, res.body).toBe(200);
      const preview = res.json<Preview>();
      const row = preview.document.catalog!.rows.find((r) => r.sourceLine === 16)!;
      expect([row.proposalRef, row.printedRef]).toEqual(['BC01', '1']);
      expect(preview.decisions).toContainEqual({ ref: 'BC01', approvedWith: 'Budget 2025', sourceLine: 16 });
    },
    60_000,
  );

  it('stores the proposals of an uploaded PDF in one go', async () => {
    const pdf = await exportPdf(doc, { subtitle: 'Budget 2027' });
    const res = await upload('import?fileName=katalog.pdf', pdf, 'application/pdf');
    expect(res.statusCode, res.body).toBe(201);
    expect(
      res
        .json<{ proposals: { ref: string }[] }>()
        .proposals.map((p) => p.ref)
        .sort(),
    ).toEqual(doc.proposals.map((p) => p.ref).sort());
  }, 60_000);

  it('answers 422 with the Danish reason when nothing can be read, and stores nothing', async () => {
    const before = (await cfoe.get(`/api/rounds/${roundId}/proposals`)).json<unknown[]>().length;
    const text = 'Referat af mødet.\n\nVi talte om kaffe.\n';
    for (const path of ['import/preview?fileName=referat.txt', 'import?fileName=referat.txt']) {
      const res = await upload(path, text, 'text/plain; charset=utf-8');
      expect(res.statusCode).toBe(422);
      expect(res.json<{ error: { message: string } }>().error.message).toBe(
        messageText('import.nothing-read', { file: 'referat.txt' }),
      );
    }
    const bytes = await upload(
      'import/preview?fileName=billede.png',
      new Uint8Array([0x89, 0x50, 0, 0, 1]),
      'application/octet-stream',
    );
    expect(bytes.statusCode).toBe(422);
    expect((await cfoe.get(`/api/rounds/${roundId}/proposals`)).json<unknown[]>().length).toBe(before);
  });

  it('refuses a PDF whose bytes were lost by sending it as text', async () => {
    const res = await upload('import/preview', '%PDF-1.7\n…', 'text/plain; charset=utf-8');
    expect(res.statusCode).toBe(422);
  });
});
