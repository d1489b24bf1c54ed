// Domain errors: one style everywhere. Each has a stable `code` (for HTTP statuses and exit codes)
// and a Danish `message` meant for the user. The server and the CLI map codes; nothing else does.

export type ErrorCode =
  | 'invalid_number'
  | 'invalid_input'
  | 'import_failed'
  | 'validation_failed'
  | 'unknown_price_level'
  | 'conflict'
  | 'forbidden'
  | 'unauthenticated'
  | 'not_found'
  | 'unavailable';

/** Where a problem is, and (for refusals of the process) the message code that says why. */
export interface ErrorPlace {
  sourceLine?: number | null;
  field?: string | null;
  /** The stable message code of the cause (src/core/messages), e.g. "workflow.not-editable". */
  reason?: string | null;
}

export class GevinstError extends Error {
  readonly code: ErrorCode;
  /** Where in a document or form the problem is, when known. */
  readonly sourceLine: number | null;
  readonly field: string | null;
  /** Why, as a message code: lets a client tell two refusals with the same status apart. */
  readonly reason: string | null;

  constructor(code: ErrorCode, message: string, where: ErrorPlace = {}) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.sourceLine = where.sourceLine ?? null;
    this.field = where.field ?? null;
    this.reason = where.reason ?? null;
  }
}

/** A value that should be a number is not one. */
export class InvalidNumber extends GevinstError {
  constructor(message: string, where: ErrorPlace = {}) {
    super('invalid_number', message, where);
  }
}

/** Input that does not have the required shape (a JSON document, a form field). */
export class InvalidInput extends GevinstError {
  constructor(message: string, where: ErrorPlace = {}) {
    super('invalid_input', message, where);
  }
}

/** A file that is not a document Gevinst can read. */
export class ImportError extends GevinstError {
  constructor(message: string, where: ErrorPlace = {}) {
    super('import_failed', message, where);
  }
}

export class UnknownPriceLevel extends GevinstError {
  constructor(message: string) {
    super('unknown_price_level', message);
  }
}

export class Conflict extends GevinstError {
  constructor(message: string, where: ErrorPlace = {}) {
    super('conflict', message, where);
  }
}

export class Forbidden extends GevinstError {
  constructor(message = 'Du har ikke adgang til denne handling.', where: ErrorPlace = {}) {
    super('forbidden', message, where);
  }
}

export class Unauthenticated extends GevinstError {
  constructor(message = 'Du skal logge ind.') {
    super('unauthenticated', message);
  }
}

export class NotFound extends GevinstError {
  constructor(message = 'Findes ikke.') {
    super('not_found', message);
  }
}

export class ValidationFailed extends GevinstError {
  constructor(message: string) {
    super('validation_failed', message);
  }
}

export function isGevinstError(e: unknown): e is GevinstError {
  return e instanceof GevinstError;
}
