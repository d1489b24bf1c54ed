// Master data, p/l index and the audit log.
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services/index.ts';
import { actor, bodyObject, doc, queryInt, queryText } from './params.ts';

export function adminRoutes(app: FastifyInstance, s: Services): void {
  app.get('/api/master-data', doc('stamdata', 'Udvalg og forvaltninger'), (request) =>
    s.masterData.get(actor(request)),
  );
  app.put('/api/master-data', doc('stamdata', 'Erstat stamdata (admin)'), (request) =>
    s.masterData.put(actor(request), bodyObject(request)),
  );
  app.get('/api/price-index', doc('stamdata', 'Pris- og lønindeks'), (request) =>
    s.masterData.priceIndex(actor(request)),
  );
  app.put('/api/price-index', doc('stamdata', 'Erstat p/l-indekset'), (request) =>
    s.masterData.putPriceIndex(actor(request), bodyObject(request).entries),
  );
  app.get('/api/audit', doc('revision', 'Revisionsspor'), (request) =>
    s.proposals.audit(actor(request), {
      entity: queryText(request, 'entity') ?? null,
      entityId: queryText(request, 'entityId') ?? null,
      limit: queryInt(request, 'limit') ?? 200,
    }),
  );
}
