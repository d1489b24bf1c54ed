// Danish messages for schema problems, and the one function that turns a failed parse into an
// InvalidInput naming the field ("economy.lines[4].amounts["2026"] skal være et helt antal kroner.").
// Installed as zod's global error map when a schema module loads, so every schema speaks Danish even
// where it gives no message of its own.
import * as z from 'zod';
import { InvalidInput } from '../errors.ts';

const TYPE_NAMES: Record<string, string> = {
  string: 'en tekst',
  number: 'et tal',
  int: 'et helt tal',
  boolean: 'true eller false',
  object: 'et objekt',
  array: 'en liste',
  null: 'null',
  bigint: 'et tal',
  date: 'en dato',
};

function danish(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'mangler'
        : `skal være ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `må højst have ${Number(issue.maximum).toLocaleString('da-DK')} tegn`
        : issue.origin === 'array' || issue.origin === 'set'
          ? `må højst have ${Number(issue.maximum).toLocaleString('da-DK')} elementer`
          : `må højst være ${String(issue.maximum)}`;
    case 'too_small':
      return issue.origin === 'string'
        ? Number(issue.minimum) <= 1
          ? 'skal udfyldes'
          : `skal have mindst ${String(issue.minimum)} tegn`
        : issue.origin === 'array'
          ? `skal have mindst ${String(issue.minimum)} elementer`
          : `skal være mindst ${String(issue.minimum)}`;
    case 'invalid_value':
      return `skal være en af ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return 'har en ugyldig form';
    case 'unrecognized_keys':
      return `har ukendte felter: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'har en ugyldig form';
    case 'invalid_key':
      return 'har en ugyldig nøgle';
    case 'not_multiple_of':
      return 'har en ugyldig værdi';
    default:
      return undefined;
  }
}

z.config({ customError: danish });

/** Field path the way a person reads it: proposals[2].economy.lines[4].amounts["2026"]. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${String(part)}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part))
      out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

/** The first problem of a failed parse as a Danish InvalidInput naming the field. */
export function schemaError(
  error: z.ZodError,
  root: string,
  prefix: readonly PropertyKey[] = [],
): InvalidInput {
  const issue = error.issues[0];
  if (issue === undefined) return new InvalidInput(`${root} har en ugyldig form.`);
  const path = [...prefix, ...issue.path];
  const field = formatPath(path) || root;
  // A wrong key in a year→amount object: the key's own message ("er ikke et firecifret årstal").
  const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
  return new InvalidInput(`${field} ${message}.`, { field });
}

/** Parses `value` with `schema`, or throws the Danish InvalidInput of its first problem. */
export function parseWith<T extends z.ZodType>(schema: T, value: unknown, root: string): z.output<T> {
  const r = schema.safeParse(value);
  if (!r.success) throw schemaError(r.error, root);
  return r.data;
}
