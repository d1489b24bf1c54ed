// Public, no login: published catalogs only (of every organisation that publishes).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as z from 'zod';
import * as api from '../../core/schema/api.ts';
import type { Services } from '../services/index.ts';
import { ID_PARAMS, doc, idParam, queryText, sendDownload, sendJsonText } from './params.ts';

export function publicRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/public/rounds',
    doc('offentligt', 'Offentliggjorte budgetrunder', { response: { 200: z.array(api.roundSchema) } }),
    () => s.public.rounds(),
  );
  r.get(
    '/api/public/rounds/:id/catalog',
    doc('offentligt', 'Offentliggjort katalog', {
      ...ID_PARAMS,
      querystring: api.roundFilterSchema,
      response: { 200: api.roundViewSchema },
    }),
    async (request, reply) => {
      const c = await s.public.catalog(idParam(request), request.query);
      return sendJsonText(request, reply, c, c.etag);
    },
  );
  r.get(
    '/api/public/proposals/:id',
    doc('offentligt', 'Offentliggjort forslag', {
      ...ID_PARAMS,
      response: { 200: api.publicProposalSchema },
    }),
    (request) => s.public.proposal(idParam(request)),
  );
  r.get(
    '/api/public/rounds/:id/export',
    doc(
      'offentligt',
      'Offentliggjort katalog som fil: ?format=docx|pdf|xlsx|csv|kvantum-csv|json',
      ID_PARAMS,
    ),
    async (request, reply) =>
      sendDownload(
        reply,
        await s.exports.publicRound(idParam(request), queryText(request, 'format') ?? null),
      ),
  );
  r.get(
    '/api/public/proposals/:id/export',
    doc(
      'offentligt',
      'Offentliggjort forslag som fil: ?format=docx|pdf|xlsx|csv|kvantum-csv|json',
      ID_PARAMS,
    ),
    async (request, reply) =>
      sendDownload(
        reply,
        await s.exports.publicProposal(s.public, idParam(request), queryText(request, 'format') ?? null),
      ),
  );
}
