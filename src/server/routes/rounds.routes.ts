// Budget rounds, their catalog, their proposals and imports into them.
import type { FastifyInstance } from 'fastify';
import { InvalidInput } from '../../core/errors.ts';
import { MAX_IMPORT_BYTES } from '../services/import.service.ts';
import type { Services } from '../services/index.ts';
import {
  ID_PARAMS,
  actor,
  bodyObject,
  doc,
  idParam,
  queryText,
  sendDownload,
  sendJsonText,
} from './params.ts';

/** The uploaded document: text (text/plain) or the file's bytes (PDF, Word, any other type). */
function importBody(body: unknown): string | Uint8Array {
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return body;
  throw new InvalidInput(
    'Send dokumentet som filens bytes (fx Content-Type: application/pdf eller application/octet-stream) eller som tekst (text/plain; charset=utf-8).',
  );
}

/** Content types of uploaded files that arrive as bytes; the reader decides the kind by the content. */
const BINARY_UPLOADS = [
  'application/octet-stream',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/markdown',
  'text/html',
];

export function roundRoutes(app: FastifyInstance, s: Services): void {
  app.get('/api/rounds', doc('budgetrunder', 'Alle budgetrunder'), (request) =>
    s.proposals.listRounds(actor(request)),
  );

  app.post('/api/rounds', doc('budgetrunder', 'Opret budgetrunde'), async (request, reply) => {
    const b = bodyObject(request);
    return reply.status(201).send(
      await s.proposals.createRound(actor(request), {
        name: b.name,
        kind: b.kind,
        year: b.year,
        priceLevelYear: b.priceLevelYear,
      }),
    );
  });

  app.get(
    '/api/rounds/:id',
    doc('budgetrunder', 'Budgetrunde med måltal og stigende profiler', ID_PARAMS),
    (request) => s.proposals.getRound(actor(request), idParam(request)),
  );

  app.put('/api/rounds/:id/targets', doc('budgetrunder', 'Erstat måltal', ID_PARAMS), (request) =>
    s.proposals.setTargets(actor(request), idParam(request), bodyObject(request).targets),
  );

  app.put(
    '/api/rounds/:id/rising-profiles',
    doc('budgetrunder', 'Erstat stigende profiler', ID_PARAMS),
    (request) =>
      s.proposals.setRisingProfiles(actor(request), idParam(request), bodyObject(request).risingProfiles),
  );

  app.put(
    '/api/rounds/:id/published',
    doc('budgetrunder', 'Offentliggør eller skjul kataloget', ID_PARAMS),
    (request) => s.proposals.setPublished(actor(request), idParam(request), bodyObject(request).published),
  );

  app.get(
    '/api/rounds/:id/catalog',
    doc('budgetrunder', 'Kataloget beregnet nu af motoren', ID_PARAMS),
    async (request, reply) => {
      const c = await s.catalog.catalog(actor(request), idParam(request));
      return sendJsonText(request, reply, c, `"r${c.revision}"`);
    },
  );

  app.get(
    '/api/rounds/:id/export',
    doc('budgetrunder', 'Kataloget som fil: ?format=docx|pdf|xlsx|csv|kvantum-csv|json', ID_PARAMS),
    async (request, reply) =>
      sendDownload(
        reply,
        await s.exports.round(actor(request), idParam(request), queryText(request, 'format') ?? null),
      ),
  );

  app.get(
    '/api/rounds/:id/proposals',
    doc(
      'forslag',
      'Forslag i runden (filter: status, administration, committee; include=body giver indholdet med)',
      ID_PARAMS,
    ),
    (request) =>
      s.proposals.listProposals(actor(request), idParam(request), {
        status: queryText(request, 'status'),
        administration: queryText(request, 'administration'),
        committee: queryText(request, 'committee'),
        include: queryText(request, 'include'),
      }),
  );

  app.post(
    '/api/rounds/:id/proposals',
    doc('forslag', 'Opret forslag (version 1, kladde)', ID_PARAMS),
    async (request, reply) => {
      const record = await s.proposals.createProposal(
        actor(request),
        idParam(request),
        bodyObject(request).proposal,
      );
      return reply.status(201).send(record);
    },
  );

  app.addContentTypeParser(
    BINARY_UPLOADS,
    { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES },
    (_request, body, done) => done(null, body),
  );
  const importOptions = { bodyLimit: MAX_IMPORT_BYTES };
  app.post(
    '/api/rounds/:id/import/preview',
    {
      ...doc('import', 'Læs et dokument og vis forslag og fund (gemmer intet)', ID_PARAMS),
      ...importOptions,
    },
    (request) =>
      s.imports.preview(
        actor(request),
        idParam(request),
        importBody(request.body),
        queryText(request, 'fileName') ?? null,
      ),
  );

  app.post(
    '/api/rounds/:id/import',
    { ...doc('import', 'Importér dokumentets forslag i én transaktion', ID_PARAMS), ...importOptions },
    async (request, reply) => {
      const result = await s.imports.commit(
        actor(request),
        idParam(request),
        importBody(request.body),
        queryText(request, 'fileName') ?? null,
      );
      return reply.status(201).send(result);
    },
  );
}
