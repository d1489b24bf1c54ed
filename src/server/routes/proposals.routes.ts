// One proposal: its current version, versions, findings, workflow, comments, consultations,
// follow-up and audit; and search across proposals.
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services/index.ts';
import { ID_PARAMS, actor, bodyObject, doc, idParam, queryInt, queryText, sendDownload } from './params.ts';

export function proposalRoutes(app: FastifyInstance, s: Services): void {
  app.get(
    '/api/proposals/:id/export',
    doc('forslag', 'Forslaget som fil: ?format=docx|pdf|xlsx|csv|kvantum-csv|json', ID_PARAMS),
    async (request, reply) =>
      sendDownload(
        reply,
        await s.exports.proposal(actor(request), idParam(request), queryText(request, 'format') ?? null),
      ),
  );

  app.get('/api/proposals/:id', doc('forslag', 'Forslagets gældende version', ID_PARAMS), (request) =>
    s.proposals.getProposal(actor(request), idParam(request)),
  );

  app.put(
    '/api/proposals/:id',
    doc('forslag', 'Gem en ny version (basedOnVersion; 409 hvis forældet)', ID_PARAMS),
    (request) => {
      const b = bodyObject(request);
      return s.proposals.saveProposal(actor(request), idParam(request), b.basedOnVersion, b.proposal, b.note);
    },
  );

  app.get(
    '/api/proposals/:id/versions',
    doc('forslag', 'Alle versioner, nyeste først', ID_PARAMS),
    (request) => s.proposals.versions(actor(request), idParam(request)),
  );

  app.get('/api/proposals/:id/versions/:version', doc('forslag', 'Én version'), (request) =>
    s.proposals.version(actor(request), idParam(request), idParam(request, 'version')),
  );

  app.get(
    '/api/proposals/:id/findings',
    doc('forslag', 'Valideringsfund for den gældende version', ID_PARAMS),
    (request) => s.proposals.findings(actor(request), idParam(request)),
  );

  app.get('/api/proposals/:id/transitions', doc('arbejdsgang', 'Statusskift', ID_PARAMS), (request) =>
    s.proposals.transitions(actor(request), idParam(request)),
  );

  app.post('/api/proposals/:id/transitions', doc('arbejdsgang', 'Skift status', ID_PARAMS), (request) =>
    s.proposals.transition(actor(request), idParam(request), bodyObject(request)),
  );

  app.get('/api/proposals/:id/comments', doc('forslag', 'Kommentarer', ID_PARAMS), (request) =>
    s.proposals.comments(actor(request), idParam(request)),
  );

  app.post(
    '/api/proposals/:id/comments',
    doc('forslag', 'Skriv kommentar', ID_PARAMS),
    async (request, reply) =>
      reply
        .status(201)
        .send(await s.proposals.addComment(actor(request), idParam(request), bodyObject(request).text)),
  );

  app.get(
    '/api/proposals/:id/consultations',
    doc('forslag', 'Høringer og godkendelser', ID_PARAMS),
    (request) => s.proposals.consultations(actor(request), idParam(request)),
  );

  app.post(
    '/api/proposals/:id/consultations',
    doc('forslag', 'Registrér høring/godkendelse', ID_PARAMS),
    async (request, reply) =>
      reply
        .status(201)
        .send(await s.proposals.addConsultation(actor(request), idParam(request), bodyObject(request))),
  );

  app.get(
    '/api/proposals/:id/follow-up',
    doc('opfølgning', 'Planlagt og realiseret pr. år', ID_PARAMS),
    (request) => s.proposals.followUp(actor(request), idParam(request)),
  );

  app.put(
    '/api/proposals/:id/follow-up',
    doc('opfølgning', 'Gem opfølgning (pr. år)', ID_PARAMS),
    (request) => s.proposals.putFollowUp(actor(request), idParam(request), bodyObject(request).measurements),
  );

  app.get('/api/proposals/:id/audit', doc('revision', 'Revisionsspor for forslaget', ID_PARAMS), (request) =>
    s.proposals.audit(actor(request), { entity: 'proposal', entityId: String(idParam(request)) }),
  );

  app.get('/api/search', doc('forslag', 'Fritekstsøgning (dansk)'), (request) =>
    s.proposals.search(actor(request), queryText(request, 'q') ?? '', queryInt(request, 'roundId')),
  );
}
