// Reading ids and query values from requests: a malformed id is a 404, never a crash.
import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import * as z from 'zod';
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
  if (!/^\d{1,9}$/.test(v))
    throw new InvalidInput(`Parameteren "${name}" skal være et helt tal.`, { field: name });
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
export function doc<S extends object = object>(
  tag: string,
  summary: string,
  extra: S = {} as S,
): { schema: S & { tags: string[]; summary: string } } {
  return { schema: { tags: [tag], summary, ...extra } };
}

/** Path ids stay text here: idParam() turns a malformed one into a 404, never a 400. */
export const ID_PARAMS = { params: z.object({ id: z.string().max(20) }) };
export const VERSION_PARAMS = { params: z.object({ id: z.string().max(20), version: z.string().max(20) }) };

/**
 * Sends a cached, already serialised JSON answer with an ETag (an unchanged answer is a 304), gzip
 * compressed once and kept beside the text when the client accepts it: a catalog of 10,000
 * proposals is megabytes of JSON and compresses about tenfold.
 */
export function sendJsonText(
  request: FastifyRequest,
  reply: FastifyReply,
  cached: { json: string; gzip?: Buffer },
  etag: string,
): FastifyReply {
  void reply
    .header('etag', etag)
    .header('cache-control', 'private, no-cache')
    .header('vary', 'accept-encoding');
  if (request.headers['if-none-match'] === etag) return reply.status(304).send();
  void reply.type('application/json; charset=utf-8');
  const accepts = request.headers['accept-encoding'];
  if (typeof accepts === 'string' && /\bgzip\b/.test(accepts)) {
    cached.gzip ??= gzipSync(cached.json, { level: 6 });
    return reply.header('content-encoding', 'gzip').send(cached.gzip);
  }
  return reply.send(cached.json);
}

/** Sends a file download (export) with its media type and a file name the browser keeps. */
export function sendDownload(
  reply: FastifyReply,
  d: { bytes: Uint8Array; mime: string; fileName: string },
): FastifyReply {
  return reply
    .header('content-type', d.mime)
    .header(
      'content-disposition',
      `attachment; filename="${d.fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(d.fileName)}`,
    )
    .send(Buffer.from(d.bytes));
}
