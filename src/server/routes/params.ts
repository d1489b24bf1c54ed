// Reading ids and query values from requests: a malformed id is a 404, never a crash.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { InvalidInput, NotFound } from '../../core/errors.ts';
import type { Actor } from '../services/access.ts';

export function idParam(request: FastifyRequest, name = 'id'): number {
  const raw = (request.params as Record<string, string | undefined>)[name];
  const n = Number(raw);
  if (!raw || !/^\d{1,9}$/.test(raw) || !Number.isSafeInteger(n)) throw new NotFound('Findes ikke.');
  return n;
}

export function queryText(request: FastifyRequest, name: string): string | undefined {
  const v = (request.query as Record<string, unknown> | undefined)?.[name];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

export function queryInt(request: FastifyRequest, name: string): number | null {
  const v = queryText(request, name);
  if (v === undefined) return null;
  if (!/^\d{1,9}$/.test(v)) throw new InvalidInput(`Parameteren "${name}" skal være et helt tal.`, { field: name });
  return Number(v);
}

export function bodyObject(request: FastifyRequest): Record<string, unknown> {
  const b = request.body;
  if (typeof b !== 'object' || b === null || Array.isArray(b)) {
    throw new InvalidInput('Forespørgslen skal have et JSON-objekt som indhold.');
  }
  return b as Record<string, unknown>;
}

export function actor(request: FastifyRequest): Actor {
  return request.auth?.user ?? null;
}

/** OpenAPI description of a route: tag and Danish summary. */
export function doc(tag: string, summary: string, extra: Record<string, unknown> = {}): { schema: Record<string, unknown> } {
  return { schema: { tags: [tag], summary, ...extra } };
}

export const ID_PARAMS = { params: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } };

/** Sends JSON text that is already serialised, with an ETag so an unchanged answer is a 304. */
export function sendJsonText(request: FastifyRequest, reply: FastifyReply, json: string, etag: string): FastifyReply {
  void reply.header('etag', etag).header('cache-control', 'private, no-cache');
  if (request.headers['if-none-match'] === etag) return reply.status(304).send();
  return reply.type('application/json; charset=utf-8').send(json);
}
