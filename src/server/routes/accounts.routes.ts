// Account administration (admin): one account, disable / re-enable, role, password reset, end
// sessions, within the admin's organisation. The list and creation are in auth.routes.ts
// (/api/users). Bodies and answers are described by core's schemas (src/core/schema/api.ts).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as z from 'zod';
import * as api from '../../core/schema/api.ts';
import type { Services } from '../services/index.ts';
import { ID_PARAMS, actor, doc, idParam } from './params.ts';

export function accountRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/users/:id',
    doc('konti', 'Én bruger (admin)', { ...ID_PARAMS, response: { 200: api.accountSchema } }),
    (request) => s.accounts.get(actor(request), idParam(request)),
  );

  r.post(
    '/api/users/:id/disable',
    doc('konti', 'Spær en bruger: kan ikke logge ind, sessioner afsluttes (admin)', {
      ...ID_PARAMS,
      response: { 200: api.accountSchema },
    }),
    (request) => s.accounts.setDisabled(actor(request), idParam(request), true),
  );

  r.post(
    '/api/users/:id/enable',
    doc('konti', 'Genåbn en spærret bruger (admin)', { ...ID_PARAMS, response: { 200: api.accountSchema } }),
    (request) => s.accounts.setDisabled(actor(request), idParam(request), false),
  );

  r.put(
    '/api/users/:id/role',
    doc('konti', 'Skift rolle og forvaltning (admin)', {
      ...ID_PARAMS,
      body: api.roleBody,
      response: { 200: api.accountSchema },
    }),
    (request) => s.accounts.setRole(actor(request), idParam(request), request.body),
  );

  r.post(
    '/api/users/:id/password',
    doc(
      'konti',
      'Nulstil adgangskode: {password}, eller uden for en midlertidig, der vises én gang; sessioner afsluttes (admin)',
      { ...ID_PARAMS, body: api.passwordResetBody, response: { 200: api.passwordResetAnswer } },
    ),
    (request) => s.accounts.resetPassword(actor(request), idParam(request), request.body),
  );

  r.delete(
    '/api/users/:id/sessions',
    doc('konti', 'Afslut alle brugerens sessioner (admin)', {
      ...ID_PARAMS,
      response: { 200: z.object({ ended: z.int() }) },
    }),
    (request) => s.accounts.endSessions(actor(request), idParam(request)),
  );
}
