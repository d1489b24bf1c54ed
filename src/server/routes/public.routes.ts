// Public, no login: published catalogs only.
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services/index.ts';
import { ID_PARAMS, doc, idParam, sendJsonText } from './params.ts';

export function publicRoutes(app: FastifyInstance, s: Services): void {
  app.get('/api/public/rounds', doc('offentligt', 'Offentliggjorte budgetrunder'), () => s.public.rounds());
  app.get(
    '/api/public/rounds/:id/catalog',
    doc('offentligt', 'Offentliggjort katalog', ID_PARAMS),
    async (request, reply) => {
      const c = await s.public.catalog(idParam(request));
      return sendJsonText(request, reply, c, `"p${c.revision}"`);
    },
  );
  app.get('/api/public/proposals/:id', doc('offentligt', 'Offentliggjort forslag', ID_PARAMS), (request) =>
    s.public.proposal(idParam(request)),
  );
}
