// Input that PostgreSQL or a recursive walk cannot take is refused at the door with a Danish 400,
// before any service runs: a NUL character (PostgreSQL text cannot hold it), a lone UTF-16
// surrogate (not Unicode; it cannot be stored as UTF-8), and JSON nested deeper than any Gevinst
// document (a stack overflow in whatever walks it next). Bodies, query strings and route
// parameters alike.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { InvalidInput } from '../core/errors.ts';
import { formatPath } from '../core/schema/errors.ts';
import { hasBadCharacters } from '../core/schema/primitives.ts';

/** Deeper than any Gevinst document or API body (a proposal is about 6 levels). */
export const MAX_JSON_DEPTH = 64;

/** The schema's own test (one rule, one place): NUL or a lone surrogate. */
export const hasUnstorableCharacter = hasBadCharacters;

function unstorable(path: readonly PropertyKey[]): InvalidInput {
  const field = formatPath(path);
  return new InvalidInput(
    `${field === '' ? 'Forespørgslen' : field} indeholder tegn, som ikke kan gemmes (NUL-tegn eller ugyldig Unicode). Fjern dem, og prøv igen.`,
    { field: field === '' ? null : field },
  );
}

/** The deepest nesting of arrays and objects in JSON text, counted without parsing it. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > deepest) deepest = depth;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/**
 * Throws InvalidInput naming the field when any string (or key) in a parsed value cannot be
 * stored (the path is built only then: the common case walks without allocating).
 */
export function assertStorable(value: unknown, depth = 0, at: (() => PropertyKey[]) | null = null): void {
  if (depth > MAX_JSON_DEPTH) throw new InvalidInput('Forespørgslen er for dybt indlejret.');
  const path = at ?? (() => []);
  if (typeof value === 'string') {
    if (hasUnstorableCharacter(value)) throw unstorable(path());
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => assertStorable(v, depth + 1, () => [...path(), i]));
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (hasUnstorableCharacter(k)) throw unstorable(path());
      assertStorable(v, depth + 1, () => [...path(), k]);
    }
  }
}

function checkRequestStrings(request: FastifyRequest): void {
  for (const part of [request.query, request.params]) {
    if (part && typeof part === 'object') assertStorable(part);
  }
}

/** JSON and text bodies parsed with the checks above; query and params checked before handlers. */
export function registerInputGuard(app: FastifyInstance): void {
  // Fastify's own JSON parser (prototype-poisoning protection included), after the depth check.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    if (jsonDepth(text) > MAX_JSON_DEPTH) {
      done(new InvalidInput('Forespørgslen er for dybt indlejret.'), undefined);
      return;
    }
    void parseJson(request, text, (error, value) => {
      if (error) return done(error, undefined);
      try {
        assertStorable(value);
      } catch (e) {
        return done(e as Error, undefined);
      }
      done(null, value);
    });
  });
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser('text/plain', { parseAs: 'string' }, (_request, body, done) => {
    const text = body as string;
    if (text.includes('\u0000')) {
      done(
        new InvalidInput(
          'Dokumentet indeholder NUL-tegn og er formentlig ikke en tekstfil. Gem det som tekst (UTF-8), og prøv igen.',
        ),
        undefined,
      );
      return;
    }
    done(null, text);
  });
  app.addHook('preValidation', (request, _reply, done) => {
    try {
      checkRequestStrings(request);
      done();
    } catch (e) {
      done(e as Error);
    }
  });
}
