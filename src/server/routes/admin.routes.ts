// The organisation: master data, p/l index, settings, and the audit log.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as z from 'zod';
import * as api from '../../core/schema/api.ts';
import type { Services } from '../services/index.ts';
import { actor, doc, queryInt, queryText } from './params.ts';

export function adminRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/master-data',
    doc('stamdata', 'Organisationens udvalg, forvaltninger og styringsområder'),
    (request) => s.masterData.get(actor(request)),
  );
  r.put(
    '/api/master-data',
    doc('stamdata', 'Erstat stamdata (admin)', { body: api.masterDataFileSchema }),
    (request) => s.masterData.put(actor(request), request.body),
  );
  r.get(
    '/api/price-index',
    doc('stamdata', 'Organisationens pris- og lønindeks', {
      response: { 200: z.array(api.priceIndexEntrySchema) },
    }),
    (request) => s.masterData.priceIndex(actor(request)),
  );
  r.put(
    '/api/price-index',
    doc('stamdata', 'Erstat p/l-indekset', {
      body: api.priceIndexBody,
      response: { 200: z.array(api.priceIndexEntrySchema) },
    }),
    (request) => s.masterData.putPriceIndex(actor(request), request.body.entries),
  );
  r.get(
    '/api/organisation',
    doc('stamdata', 'Organisationen og dens indstillinger', {
      response: { 200: api.organisationAnswerSchema },
    }),
    (request) => s.masterData.organisation(actor(request)),
  );
  r.put(
    '/api/organisation/settings',
    doc('stamdata', 'Erstat organisationens indstillinger (admin)', {
      body: api.settingsBody,
      response: { 200: api.organisationAnswerSchema },
    }),
    (request) => s.masterData.putSettings(actor(request), request.body.settings),
  );
  r.get(
    '/api/audit',
    doc('revision', 'Revisionsspor', { response: { 200: z.array(api.auditEntrySchema) } }),
    (request) =>
      s.proposals.audit(actor(request), {
        entity: queryText(request, 'entity') ?? null,
        entityId: queryText(request, 'entityId') ?? null,
        limit: queryInt(request, 'limit') ?? 200,
      }),
  );
}
