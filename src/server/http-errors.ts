// The ONE place where errors become HTTP answers. Domain errors (src/core/errors.ts) map by code;
// Fastify's own errors (bad JSON, too large, wrong content type, schema) get a Danish message;
// anything else is a 500 with a generic Danish message and the details in the log only.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { type ErrorCode, isGevinstError } from '../core/errors.ts';

/** Server-only codes next to the domain's ErrorCode. */
export type HttpErrorCode =
  ErrorCode | 'rate_limited' | 'too_large' | 'csrf' | 'unsupported_media_type' | 'internal';

export const STATUS: Record<HttpErrorCode, number> = {
  invalid_number: 400,
  invalid_input: 400,
  validation_failed: 400,
  unknown_price_level: 400,
  import_failed: 422,
  unauthenticated: 401,
  forbidden: 403,
  csrf: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

/** An error raised by the HTTP layer itself (CSRF, rate limit); domain errors stay GevinstError. */
export class HttpError extends Error {
  constructor(
    readonly code: HttpErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface ErrorBody {
  error: {
    code: HttpErrorCode;
    message: string;
    field: string | null;
    sourceLine: number | null;
    /** The message code of the cause where known ("proposal.not-editable"), so clients tell refusals apart. */
    reason: string | null;
  };
}

function body(
  code: HttpErrorCode,
  message: string,
  field: string | null = null,
  sourceLine: number | null = null,
  reason: string | null = null,
): ErrorBody {
  return { error: { code, message, field, sourceLine, reason } };
}

export function toHttpError(e: unknown): { status: number; body: ErrorBody } {
  if (isGevinstError(e)) {
    return { status: STATUS[e.code], body: body(e.code, e.message, e.field, e.sourceLine, e.reason) };
  }
  if (e instanceof HttpError) return { status: STATUS[e.code], body: body(e.code, e.message) };
  const fe = e as Partial<FastifyError> & { validation?: unknown[]; validationContext?: string };
  if (fe.validation) {
    return {
      status: 400,
      body: body(
        'invalid_input',
        `Forespørgslen har ikke den forventede form (${fe.validationContext ?? 'data'}): ${fe.message ?? ''}`,
      ),
    };
  }
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, body: body('invalid_input', 'Forespørgslens JSON kan ikke læses.') };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, body: body('too_large', 'Forespørgslen er for stor.') };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { status: 415, body: body('unsupported_media_type', 'Indholdstypen understøttes ikke her.') };
  }
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return { status: fe.statusCode, body: body('invalid_input', 'Forespørgslen kan ikke behandles.') };
  }
  return {
    status: 500,
    body: body(
      'internal',
      'Der skete en intern fejl i Gevinst. Fejlen er logget; prøv igen, eller kontakt support.',
    ),
  };
}

export function errorHandler(e: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const { status, body: answer } = toHttpError(e);
  if (status >= 500 && status !== 503) request.log.error(e);
  void reply.status(status).send(answer);
}
