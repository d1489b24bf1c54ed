// Account administration (admin): one account, disable / re-enable, role, password reset, end
// sessions. The list and creation are in auth.routes.ts (/api/users).
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services/index.ts';
import { ID_PARAMS, actor, bodyObject, doc, idParam } from './params.ts';

function text(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

export function accountRoutes(app: FastifyInstance, s: Services): void {
  app.get('/api/users/:id', doc('konti', 'Én bruger (admin)', ID_PARAMS), (request) =>
    s.accounts.get(actor(request), idParam(request)),
  );

  app.post(
    '/api/users/:id/disable',
    doc('konti', 'Spær en bruger: kan ikke logge ind, sessioner afsluttes (admin)', ID_PARAMS),
    (request) => s.accounts.setDisabled(actor(request), idParam(request), true),
  );

  app.post('/api/users/:id/enable', doc('konti', 'Genåbn en spærret bruger (admin)', ID_PARAMS), (request) =>
    s.accounts.setDisabled(actor(request), idParam(request), false),
  );

  app.put(
    '/api/users/:id/role',
    doc('konti', 'Skift rolle og forvaltning: {role, administration} (admin)', ID_PARAMS),
    (request) => {
      const body = bodyObject(request);
      return s.accounts.setRole(actor(request), idParam(request), {
        role: text(body.role),
        administration: typeof body.administration === 'string' ? body.administration : null,
      });
    },
  );

  app.post(
    '/api/users/:id/password',
    doc(
      'konti',
      'Nulstil adgangskode: {password} eller uden for en midlertidig, der vises én gang; sessioner afsluttes (admin)',
      ID_PARAMS,
    ),
    (request) => {
      const body = request.body === undefined || request.body === null ? {} : bodyObject(request);
      return s.accounts.resetPassword(
        actor(request),
        idParam(request),
        typeof body.password === 'string' ? body.password : null,
      );
    },
  );

  app.delete(
    '/api/users/:id/sessions',
    doc('konti', 'Afslut alle brugerens sessioner (admin)', ID_PARAMS),
    (request) => s.accounts.endSessions(actor(request), idParam(request)),
  );
}
