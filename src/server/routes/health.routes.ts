// GET /api/health: {"status":"ok"} when the database answers, 503 with a Danish message when not.
import type { FastifyInstance } from 'fastify';
import { UNAVAILABLE_MESSAGE } from '../../store/unavailable.ts';
import type { Services } from '../services/index.ts';

const PING_TIMEOUT_MS = 2000;

export function healthRoutes(app: FastifyInstance, s: Services): void {
  app.get(
    '/api/health',
    { schema: { tags: ['drift'], summary: 'Svarer ok, når databasen svarer' } },
    async (_request, reply) => {
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          s.db.ping(),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error('timeout')), PING_TIMEOUT_MS);
          }),
        ]);
        return { status: 'ok' };
      } catch {
        return reply.status(503).send({ status: 'unavailable', message: UNAVAILABLE_MESSAGE });
      } finally {
        clearTimeout(timer);
      }
    },
  );
}
