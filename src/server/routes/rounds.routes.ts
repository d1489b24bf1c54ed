// Budget rounds, their view (catalog), their proposals and imports into them. Bodies and answers
// are described by core's schemas (src/core/schema/api.ts); the routes only pass them on.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { InvalidInput } from '../../core/errors.ts';
import { STATUSES } from '../../core/process/statuses.ts';
import * as api from '../../core/schema/api.ts';
import { MAX_IMPORT_BYTES } from '../services/import.service.ts';
import type { Services } from '../services/index.ts';
import { ID_PARAMS, actor, doc, idParam, queryText, sendDownload, sendJsonText } from './params.ts';

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

const listQuery = z.object({
  status: z
    .string()
    .max(500)
    .optional()
    .transform((s) =>
      s === undefined || s === ''
        ? null
        : s
            .split(',')
            .filter((x): x is (typeof STATUSES)[number] => (STATUSES as readonly string[]).includes(x)),
    ),
  administration: z.string().max(100).optional(),
  committee: z.string().max(100).optional(),
});

export function roundRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/rounds',
    doc('budgetrunder', 'Organisationens budgetrunder', { response: { 200: z.array(api.roundSchema) } }),
    (request) => s.proposals.listRounds(actor(request)),
  );

  r.post(
    '/api/rounds',
    doc('budgetrunder', 'Opret budgetrunde', {
      body: api.roundCreateBody,
      response: { 201: api.roundDetailSchema },
    }),
    async (request, reply) =>
      reply.status(201).send(await s.proposals.createRound(actor(request), request.body)),
  );

  r.get(
    '/api/rounds/:id',
    doc('budgetrunder', 'Budgetrunde med måltal og stigende profiler', {
      ...ID_PARAMS,
      response: { 200: api.roundDetailSchema },
    }),
    (request) => s.proposals.getRound(actor(request), idParam(request)),
  );

  r.put(
    '/api/rounds/:id',
    doc('budgetrunder', 'Ret rundens navn, type, år, p/l og frister', {
      ...ID_PARAMS,
      body: api.roundUpdateBody,
      response: { 200: api.roundDetailSchema },
    }),
    (request) => s.proposals.updateRound(actor(request), idParam(request), request.body),
  );

  r.put(
    '/api/rounds/:id/targets',
    doc('budgetrunder', 'Erstat måltal', {
      ...ID_PARAMS,
      body: api.targetsBody,
      response: { 200: api.roundDetailSchema },
    }),
    (request) => s.proposals.setTargets(actor(request), idParam(request), request.body.targets),
  );

  r.put(
    '/api/rounds/:id/rising-profiles',
    doc('budgetrunder', 'Erstat de indtastede stigende profiler', {
      ...ID_PARAMS,
      body: api.risingProfilesBody,
      response: { 200: api.roundDetailSchema },
    }),
    (request) => s.proposals.setRisingProfiles(actor(request), idParam(request), request.body.risingProfiles),
  );

  r.put(
    '/api/rounds/:id/published',
    doc('budgetrunder', 'Offentliggør eller skjul kataloget', {
      ...ID_PARAMS,
      body: api.publishedBody,
      response: { 200: api.roundDetailSchema },
    }),
    (request) => s.proposals.setPublished(actor(request), idParam(request), request.body.published),
  );

  r.get(
    '/api/rounds/:id/catalog',
    doc(
      'budgetrunder',
      'Rundens katalog og side, beregnet af motoren: Tabel 1 og 2, forslag, målopfyldelse (filter: committee, kind, status, approvedWith)',
      { ...ID_PARAMS, querystring: api.roundFilterSchema, response: { 200: api.roundViewSchema } },
    ),
    async (request, reply) => {
      const c = await s.catalog.catalog(actor(request), idParam(request), request.query);
      return sendJsonText(request, reply, c, c.etag);
    },
  );

  r.get(
    '/api/rounds/:id/export',
    doc('budgetrunder', 'Kataloget som fil: ?format=docx|pdf|xlsx|csv|kvantum-csv|json', ID_PARAMS),
    async (request, reply) =>
      sendDownload(
        reply,
        await s.exports.round(actor(request), idParam(request), queryText(request, 'format') ?? null),
      ),
  );

  r.get(
    '/api/rounds/:id/proposals',
    doc('forslag', 'Forslag i runden (filter: status, administration, committee)', {
      ...ID_PARAMS,
      querystring: listQuery,
      response: { 200: z.array(api.proposalSummarySchema) },
    }),
    async (request, reply) => {
      const list = await s.proposals.listProposals(actor(request), idParam(request), {
        status: request.query.status,
        administration: request.query.administration ?? null,
        committee: request.query.committee ?? null,
      });
      return sendJsonText(request, reply, list, list.etag);
    },
  );

  r.post(
    '/api/rounds/:id/proposals',
    doc('forslag', 'Opret forslag (version 1, kladde)', {
      ...ID_PARAMS,
      body: api.proposalCreateBody,
      response: { 201: api.proposalRecordSchema },
    }),
    async (request, reply) => {
      const record = await s.proposals.createProposal(
        actor(request),
        idParam(request),
        request.body.proposal,
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
  r.post(
    '/api/rounds/:id/import/preview',
    {
      ...doc('import', 'Læs et dokument og vis forslag og fund (gemmer intet)', {
        ...ID_PARAMS,
        querystring: api.importQuerySchema,
        response: { 200: api.importPreviewSchema },
      }),
      ...importOptions,
    },
    (request) =>
      s.imports.preview(
        actor(request),
        idParam(request),
        importBody(request.body),
        request.query.fileName ?? null,
      ),
  );

  r.post(
    '/api/import/preview',
    {
      ...doc('import', 'Læs et dokument til en ny budgetrunde og vis forslag og fund (gemmer intet)', {
        querystring: api.importQuerySchema,
        response: { 200: api.importPreviewSchema },
      }),
      ...importOptions,
    },
    (request) =>
      s.imports.preview(actor(request), null, importBody(request.body), request.query.fileName ?? null),
  );

  r.post(
    '/api/rounds/:id/import',
    {
      ...doc('import', 'Importér dokumentets forslag i én transaktion', {
        ...ID_PARAMS,
        querystring: api.importQuerySchema,
        response: { 201: api.importCommitSchema },
      }),
      ...importOptions,
    },
    async (request, reply) => {
      const q = request.query;
      const result = await s.imports.commit(
        actor(request),
        { roundId: idParam(request) },
        importBody(request.body),
        q.fileName ?? null,
        { onConflict: q.onConflict, recordDecisions: q.recordDecisions },
      );
      return reply.status(201).send(result);
    },
  );

  r.post(
    '/api/import',
    {
      ...doc('import', 'Opret en budgetrunde og importér dokumentets forslag i den, i én transaktion', {
        querystring: api.importNewRoundQuerySchema,
        response: { 201: api.importCommitSchema },
      }),
      ...importOptions,
    },
    async (request, reply) => {
      const q = request.query;
      const result = await s.imports.commit(
        actor(request),
        {
          newRound: {
            name: q.roundName,
            kind: q.roundKind,
            year: q.roundYear,
            priceLevelYear: q.roundPriceLevelYear ?? null,
          },
        },
        importBody(request.body),
        q.fileName ?? null,
        { onConflict: q.onConflict, recordDecisions: q.recordDecisions },
      );
      return reply.status(201).send(result);
    },
  );
}
