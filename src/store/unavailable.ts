// Turns "the database is not there" into the domain's `unavailable` error, so the server answers
// 503 with a Danish message instead of a stack trace; and a unique constraint that a concurrent
// request won (two creations of one e-mail at the same moment) into `conflict`, a 409, since a
// check before the insert cannot see the other request's row. Everything else passes unchanged.
import { Conflict, GevinstError } from '../core/errors.ts';

export const UNAVAILABLE_MESSAGE = 'Databasen svarer ikke lige nu. Prøv igen om lidt.';

// Connection failures (Node), and PostgreSQL classes 08 (connection exception) and 57P (operator
// intervention: admin shutdown, crash shutdown, cannot connect now).
const NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EAI_AGAIN',
]);

export function isConnectionError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (NODE_CODES.has(code) || code.startsWith('08') || code.startsWith('57P')) return true;
  }
  const message = (e as { message?: unknown }).message;
  return (
    typeof message === 'string' &&
    /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|PGlite is closed|Client was closed/i.test(
      message,
    )
  );
}

export function unavailable(): GevinstError {
  return new GevinstError('unavailable', UNAVAILABLE_MESSAGE);
}

/**
 * A concurrent request won: unique_violation (23505), or PostgreSQL gave up one of two
 * transactions that waited on each other (40001 serialization failure, 40P01 deadlock).
 */
export function isUniqueViolation(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return code === '23505' || code === '40001' || code === '40P01';
}

export const CONFLICT_MESSAGE =
  'Det findes allerede (en anden har netop oprettet det samme). Genindlæs siden, og prøv igen.';

/** Rethrows connection failures as `unavailable`, unique violations as `conflict`; others unchanged. */
export function translateDbError(e: unknown): never {
  if (isConnectionError(e)) throw unavailable();
  if (isUniqueViolation(e)) throw new Conflict(CONFLICT_MESSAGE);
  throw e;
}
