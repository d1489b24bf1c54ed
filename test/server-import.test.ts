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
    post(`/api/rounds/${roundId}/${path}`, body, contentType);
  const post = (url: string, body: Uint8Array | string, contentType: string) =>
    t.app.inject({
      method: 'POST',
      url,
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

  it('refuses numbers the round holds (nothing stored), or skips them when asked', async () => {
    // The demo proposals are in the round (stored above); one more proposal is new.
    const extra = structuredClone(doc.proposals[0]!);
    extra.ref = 'Forslag 99';
    extra.title = 'Et nyt forslag ved siden af de kendte';
    const json = JSON.stringify({ ...doc, proposals: [...doc.proposals, extra] });
    const count = async () => (await cfoe.get(`/api/rounds/${roundId}/proposals`)).json<unknown[]>().length;
    const before = await count();

    const preview = await upload('import/preview?fileName=igen.json', json, 'application/octet-stream');
    expect(preview.json<Preview>().conflicts.sort()).toEqual(doc.proposals.map((p) => p.ref).sort());

    const refused = await upload('import?fileName=igen.json', json, 'application/octet-stream');
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ error: { reason: string; message: string } }>().error.reason).toBe(
      'import.refs-taken',
    );
    expect(await count()).toBe(before);

    const skipped = await upload(
      'import?fileName=igen.json&onConflict=skip',
      json,
      'application/octet-stream',
    );
    expect(skipped.statusCode, skipped.body).toBe(201);
    const answer = skipped.json<{ proposals: { ref: string }[]; skipped: string[]; roundId: number }>();
    expect(answer.proposals.map((p) => p.ref)).toEqual(['Forslag 99']);
    expect(answer.skipped.sort()).toEqual(doc.proposals.map((p) => p.ref).sort());
    expect(answer.roundId).toBe(roundId);
    expect(await count()).toBe(before + 1);

    // Everything taken: refused even when skipping, since nothing would be imported.
    const none = await upload('import?fileName=igen.json&onConflict=skip', json, 'application/octet-stream');
    expect(none.statusCode).toBe(409);
    expect(none.json<{ error: { reason: string } }>().error.reason).toBe('import.all-refs-taken');
  });

  it('imports into a new round made in the same transaction; a refused import leaves no round', async () => {
    const rounds = async () => (await cfoe.get('/api/rounds')).json<{ name: string }[]>().map((r) => r.name);
    const json = JSON.stringify(doc);
    const bad = await post(
      '/api/import?fileName=referat.txt&roundName=Tom%20runde&roundYear=2028',
      'Referat af mødet.\n\nVi talte om kaffe.\n',
      'text/plain; charset=utf-8',
    );
    expect(bad.statusCode).toBe(422);
    expect(await rounds()).not.toContain('Tom runde');

    const clash = await post(
      '/api/import?fileName=a.json&roundName=Import&roundYear=2028',
      json,
      'application/octet-stream',
    );
    expect(clash.statusCode).toBe(409);

    const preview = await post('/api/import/preview?fileName=a.json', json, 'application/octet-stream');
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json<Preview>().conflicts).toEqual([]);

    const res = await post(
      '/api/import?fileName=a.json&roundName=Budget%202028&roundKind=budget&roundYear=2028&roundPriceLevelYear=2028',
      json,
      'application/octet-stream',
    );
    expect(res.statusCode, res.body).toBe(201);
    const { roundId: newId, proposals } = res.json<{ roundId: number; proposals: unknown[] }>();
    expect(newId).not.toBe(roundId);
    expect(proposals).toHaveLength(doc.proposals.length);
    const round = (await cfoe.get(`/api/rounds/${newId}`)).json<{
      name: string;
      year: number;
      priceLevelYear: number;
    }>();
    expect([round.name, round.year, round.priceLevelYear]).toEqual(['Budget 2028', 2028, 2028]);
  });

  it('names the parameter it cannot use, in Danish', async () => {
    const res = await upload(
      'import?fileName=a.json&onConflict=overskriv',
      JSON.stringify(doc),
      'application/octet-stream',
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('onConflict');
    const year = await post(
      '/api/import?roundName=X&roundYear=20x8',
      JSON.stringify(doc),
      'application/octet-stream',
    );
    expect(year.statusCode).toBe(400);
    expect(year.body).toContain('årstal');
  });

  it.runIf(corpus2025 !== null)(
    'records the decisions the catalog prints when asked: adopted, with the catalog line in the history',
    async () => {
      const text = readFileSync(corpus2025!);
      const res = await post(
        '/api/import?fileName=bilag8.txt&roundName=Budget%202025%20(arkiv)&roundYear=2025&recordDecisions=true',
        text,
        'application/octet-stream',
      );
      expect(res.statusCode, res.body).toBe(201);
      const answer = res.json<{
        decisionsRecorded: number;
        proposals: { id: number; ref: string; status: string; approvedWith: string | null }[];
      }>();
      expect(answer.decisionsRecorded).toBeGreaterThan(0);
      const bc01 = answer.proposals.find((p) => p.ref === 'BC01')!;
      expect([bc01.status, bc01.approvedWith]).toEqual(['vedtaget', 'Budget 2025']);
      const stored = (await cfoe.get(`/api/proposals/${bc01.id}`)).json<{
        status: string;
        approvedWith: string;
      }>();
      expect([stored.status, stored.approvedWith]).toEqual(['vedtaget', 'Budget 2025']);
      const history = (await cfoe.get(`/api/proposals/${bc01.id}/transitions`)).json<
        { from: string; to: string; note: string }[]
      >();
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({ from: 'kladde', to: 'vedtaget' });
      expect(history[0]!.note).toContain('bilag8.txt, linje 16');
      // Without the choice, the same catalog's proposals stay drafts.
      const plain = await post(
        '/api/import?fileName=bilag8.txt&roundName=Budget%202025%20(kladder)&roundYear=2025',
        text,
        'application/octet-stream',
      );
      const drafts = plain.json<{ decisionsRecorded: number; proposals: { status: string }[] }>();
      expect(drafts.decisionsRecorded).toBe(0);
      expect(new Set(drafts.proposals.map((p) => p.status))).toEqual(new Set(['kladde']));
    },
    60_000,
  );

  it('refuses a PDF whose bytes were lost by sending it as text', async () => {
    const res = await upload('import/preview', '%PDF-1.7\n…', 'text/plain; charset=utf-8');
    expect(res.statusCode).toBe(422);
  });
});
