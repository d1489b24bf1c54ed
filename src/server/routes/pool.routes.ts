// The investment pool of a round (sources, ledger, conditional grants), its scenarios and its
// decision snapshots. Bodies and answers are core's schemas (src/core/schema/pool.ts).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as z from 'zod';
import * as p from '../../core/schema/pool.ts';
import type { Services } from '../services/index.ts';
import { ID_PARAMS, actor, doc, idParam, queryText, sendDownload } from './params.ts';

const SOURCE_PARAMS = { params: z.object({ id: z.string().max(20), sourceId: z.string().max(20) }) };
const PAIR_PARAMS = { params: z.object({ id: z.string().max(20), other: z.string().max(20) }) };

export function poolRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ledger = { response: { 200: p.ledgerViewSchema } };

  r.get(
    '/api/rounds/:id/pool',
    doc('pulje', 'Puljen: kilder, posteringer, saldo pr. år og betingede bevillinger med begge udfald', {
      ...ID_PARAMS,
      ...ledger,
    }),
    (request) => s.pool.ledger(actor(request), idParam(request)),
  );

  r.put(
    '/api/rounds/:id/pool',
    doc('pulje', 'Investeringspuljens beløb pr. år (opretter puljen første gang)', {
      ...ID_PARAMS,
      body: p.poolAmountsBody,
      ...ledger,
    }),
    (request) => s.pool.setPoolAmounts(actor(request), idParam(request), request.body.amounts),
  );

  r.post(
    '/api/rounds/:id/pool/sources',
    doc('pulje', 'Tilføj en finansieringskilde (anden pulje, medfinansiering, fond)', {
      ...ID_PARAMS,
      body: p.poolSourceBody,
      ...ledger,
    }),
    (request) => s.pool.addSource(actor(request), idParam(request), request.body),
  );

  r.put(
    '/api/rounds/:id/pool/sources/:sourceId',
    doc('pulje', 'En kildes beløb pr. år', { ...SOURCE_PARAMS, body: p.poolAmountsBody, ...ledger }),
    (request) =>
      s.pool.setSourceAmounts(
        actor(request),
        idParam(request),
        idParam(request, 'sourceId'),
        request.body.amounts,
      ),
  );

  r.post(
    '/api/rounds/:id/pool/entries',
    doc('pulje', 'Bogfør en bevilling, udbetaling, tilbagebetaling eller betinget bevilling', {
      ...ID_PARAMS,
      body: p.poolEntryBody,
      ...ledger,
    }),
    (request) => s.pool.addEntry(actor(request), idParam(request), request.body),
  );

  r.post(
    '/api/pool/entries/:id/outcome',
    doc('pulje', 'Registrér udfaldet af en betinget bevilling', {
      ...ID_PARAMS,
      body: p.outcomeBody,
      ...ledger,
    }),
    (request) => s.pool.decide(actor(request), idParam(request), request.body.outcome, request.body.note),
  );

  r.post(
    '/api/pool/entries/:id/void',
    doc('pulje', 'Annullér en postering (med begrundelse; den slettes aldrig)', {
      ...ID_PARAMS,
      body: p.voidBody,
      ...ledger,
    }),
    (request) => s.pool.voidEntry(actor(request), idParam(request), request.body.reason),
  );

  // ---- scenarios ------------------------------------------------------------------------------

  r.post(
    '/api/rounds/:id/scenarios/run',
    doc('scenarier', 'Beregn et scenarie (gemmer intet)', {
      ...ID_PARAMS,
      body: p.scenarioRunBody,
      response: { 200: p.scenarioResultSchema },
    }),
    (request) => s.pool.run(actor(request), idParam(request), request.body.constraints),
  );

  r.get(
    '/api/rounds/:id/scenarios',
    doc('scenarier', 'Rundens gemte scenarier', {
      ...ID_PARAMS,
      response: { 200: z.array(p.scenarioSchema) },
    }),
    (request) => s.pool.list(actor(request), idParam(request)),
  );

  r.post(
    '/api/rounds/:id/scenarios',
    doc('scenarier', 'Beregn og gem et scenarie', {
      ...ID_PARAMS,
      body: p.scenarioSaveBody,
      response: { 201: p.scenarioSchema },
    }),
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await s.pool.save(actor(request), idParam(request), request.body.name, request.body.constraints),
        ),
  );

  r.get(
    '/api/scenarios/:id',
    doc('scenarier', 'Et gemt scenarie', { ...ID_PARAMS, response: { 200: p.scenarioSchema } }),
    (request) => s.pool.get(actor(request), idParam(request)),
  );

  r.get(
    '/api/scenarios/:id/compare/:other',
    doc('scenarier', 'To scenarier side om side', {
      ...PAIR_PARAMS,
      response: { 200: p.scenarioComparisonSchema },
    }),
    (request) => s.pool.compare(actor(request), idParam(request), idParam(request, 'other')),
  );

  r.post(
    '/api/scenarios/:id/adopt',
    doc('scenarier', 'Vedtag scenariet som rundens beslutning (bevillinger fra investeringspuljen)', {
      ...ID_PARAMS,
      response: { 200: p.scenarioSchema },
    }),
    (request) => s.pool.adopt(actor(request), idParam(request)),
  );

  // ---- snapshots ------------------------------------------------------------------------------

  r.get(
    '/api/rounds/:id/snapshots',
    doc('øjebliksbilleder', 'Rundens øjebliksbilleder', {
      ...ID_PARAMS,
      response: { 200: z.array(p.snapshotSummarySchema) },
    }),
    (request) => s.snapshots.list(actor(request), idParam(request)),
  );

  r.post(
    '/api/rounds/:id/snapshots',
    doc('øjebliksbilleder', 'Frys runden ved et beslutningspunkt', {
      ...ID_PARAMS,
      body: p.snapshotBody,
      response: { 201: p.snapshotSchema },
    }),
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await s.snapshots.take(actor(request), idParam(request), request.body.point, request.body.label),
        ),
  );

  r.get(
    '/api/snapshots/:id',
    doc('øjebliksbilleder', 'Et øjebliksbillede', { ...ID_PARAMS, response: { 200: p.snapshotSchema } }),
    (request) => s.snapshots.get(actor(request), idParam(request)),
  );

  r.get(
    '/api/snapshots/:id/diff/:other',
    doc('øjebliksbilleder', 'Forskellen fra dette øjebliksbillede til et andet', {
      ...PAIR_PARAMS,
      response: { 200: p.snapshotDiffSchema },
    }),
    (request) => s.snapshots.diff(actor(request), idParam(request), idParam(request, 'other')),
  );

  r.get(
    '/api/snapshots/:id/export',
    doc(
      'øjebliksbilleder',
      'Øjebliksbilledet som fil, som det var den dag: ?format=docx|pdf|xlsx|csv|kvantum-csv|json',
      ID_PARAMS,
    ),
    async (request, reply) =>
      sendDownload(
        reply,
        await s.snapshots.export(actor(request), idParam(request), queryText(request, 'format') ?? null),
      ),
  );
}
