// One proposal: its current version, versions, findings, workflow, comments, consultations and
// audit (its follow-up: follow-up.routes.ts); and search across the organisation's proposals.
// Bodies and answers are described by core's schemas (src/core/schema/api.ts).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as z from 'zod';
import * as api from '../../core/schema/api.ts';
import type { Services } from '../services/index.ts';
import { ID_PARAMS, VERSION_PARAMS, actor, doc, idParam, queryText, sendDownload } from './params.ts';

export function proposalRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/proposals/:id/export',
    doc('forslag', 'Forslaget som fil: ?format=docx|pdf|xlsx|csv|kvantum-csv|json', ID_PARAMS),
    async (request, reply) =>
      sendDownload(
        reply,
        await s.exports.proposal(actor(request), idParam(request), queryText(request, 'format') ?? null),
      ),
  );

  r.get(
    '/api/proposals/:id',
    doc('forslag', 'Forslagets gældende version', {
      ...ID_PARAMS,
      response: { 200: api.proposalRecordSchema },
    }),
    (request) => s.proposals.getProposal(actor(request), idParam(request)),
  );

  r.put(
    '/api/proposals/:id',
    doc('forslag', 'Gem en ny version (basedOnVersion; 409 hvis forældet)', {
      ...ID_PARAMS,
      body: api.proposalSaveBody,
      response: { 200: api.proposalRecordSchema },
    }),
    (request) =>
      s.proposals.saveProposal(
        actor(request),
        idParam(request),
        request.body.basedOnVersion,
        request.body.proposal,
        request.body.note,
      ),
  );

  r.get(
    '/api/proposals/:id/versions',
    doc('forslag', 'Alle versioner, nyeste først', {
      ...ID_PARAMS,
      response: { 200: z.array(api.versionSchema) },
    }),
    (request) => s.proposals.versions(actor(request), idParam(request)),
  );

  r.get(
    '/api/proposals/:id/versions/:version',
    doc('forslag', 'Én version', {
      ...VERSION_PARAMS,
      response: { 200: z.object({ version: api.versionSchema, proposal: api.proposalOutSchema }) },
    }),
    (request) => s.proposals.version(actor(request), idParam(request), idParam(request, 'version')),
  );

  r.get(
    '/api/proposals/:id/versions/:version/findings',
    doc('forslag', 'Valideringsfund for en bestemt version', {
      ...VERSION_PARAMS,
      response: { 200: api.findingsAnswerSchema },
    }),
    (request) => s.proposals.findings(actor(request), idParam(request), idParam(request, 'version')),
  );

  r.get(
    '/api/proposals/:id/findings',
    doc('forslag', 'Valideringsfund for den gældende version', {
      ...ID_PARAMS,
      response: { 200: api.findingsAnswerSchema },
    }),
    (request) => s.proposals.findings(actor(request), idParam(request)),
  );

  r.get(
    '/api/proposals/:id/transitions',
    doc('arbejdsgang', 'Statusskift', {
      ...ID_PARAMS,
      response: { 200: z.array(api.transitionEntrySchema) },
    }),
    (request) => s.proposals.transitions(actor(request), idParam(request)),
  );

  r.post(
    '/api/proposals/:id/transitions',
    doc('arbejdsgang', 'Skift status', {
      ...ID_PARAMS,
      body: api.transitionBody,
      response: { 200: api.proposalRecordSchema },
    }),
    (request) => s.proposals.transition(actor(request), idParam(request), request.body),
  );

  r.get(
    '/api/proposals/:id/comments',
    doc('forslag', 'Kommentarer', { ...ID_PARAMS, response: { 200: z.array(api.commentSchema) } }),
    (request) => s.proposals.comments(actor(request), idParam(request)),
  );

  r.post(
    '/api/proposals/:id/comments',
    doc('forslag', 'Skriv kommentar', {
      ...ID_PARAMS,
      body: api.commentBody,
      response: { 201: api.commentSchema },
    }),
    async (request, reply) =>
      reply
        .status(201)
        .send(await s.proposals.addComment(actor(request), idParam(request), request.body.text)),
  );

  r.get(
    '/api/proposals/:id/consultations',
    doc('forslag', 'Høringer og godkendelser', {
      ...ID_PARAMS,
      response: { 200: z.array(api.consultationRecordSchema) },
    }),
    (request) => s.proposals.consultations(actor(request), idParam(request)),
  );

  r.post(
    '/api/proposals/:id/consultations',
    doc('forslag', 'Registrér høring/godkendelse', {
      ...ID_PARAMS,
      body: api.consultationBody,
      response: { 201: api.consultationRecordSchema },
    }),
    async (request, reply) =>
      reply
        .status(201)
        .send(await s.proposals.addConsultation(actor(request), idParam(request), request.body)),
  );

  r.get(
    '/api/proposals/:id/audit',
    doc('revision', 'Revisionsspor for forslaget', {
      ...ID_PARAMS,
      response: { 200: z.array(api.auditEntrySchema) },
    }),
    (request) =>
      s.proposals.audit(actor(request), { entity: 'proposal', entityId: String(idParam(request)) }),
  );

  r.get(
    '/api/search',
    doc(
      'forslag',
      'Søgning i organisationens forslag: dansk fuldtekst (bøjninger) og dele af ord (sammensatte ord), med filtre',
      { querystring: api.searchQuerySchema, response: { 200: z.array(api.searchHitSchema) } },
    ),
    (request) => {
      const { q, ...filter } = request.query;
      return s.search.search(actor(request), q, filter);
    },
  );

  r.get(
    '/api/search/options',
    doc('forslag', 'Hvad søgningen kan afgrænses til: runder, udvalg, typer og statusser', {
      response: { 200: api.searchOptionsSchema },
    }),
    (request) => s.search.options(actor(request)),
  );
}
