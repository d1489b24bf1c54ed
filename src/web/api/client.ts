// The one place the web app talks HTTP. Every call goes through `request`, which sends the session
// cookie, the CSRF token on state-changing requests, and turns the server's JSON errors into
// ApiError with the server's Danish message (or a Danish fallback).
import { da } from '../i18n/da.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string | null;
  /** The message code of the cause when the server names it ("proposal.stale-version"). */
  readonly reason: string | null;
  /** The parsed error body, e.g. the current version on a 409. */
  readonly body: unknown;
  constructor(status: number, message: string, code: string | null, body: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.body = body;
    const error = (body as { error?: { reason?: unknown } } | null)?.error;
    this.reason = typeof error?.reason === 'string' ? error.reason : null;
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

/** Set by the login flow (the token the server hands out with the session). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The app shell registers this so a 401 anywhere sends the user to the login page. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

function csrfFromCookie(): string | null {
  if (typeof document === 'undefined') return null;
  for (const part of document.cookie.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k && /csrf|xsrf/i.test(k)) return decodeURIComponent(v.join('='));
  }
  return null;
}

export interface RequestOptions {
  body?: unknown;
  /** A plain-text body (document upload for import). */
  text?: string;
  /** A file's bytes (an upload: PDF, Word or text; the server decides the kind by the content). */
  file?: Blob;
  signal?: AbortSignal;
  /** Do not run the global 401 handler (the login call itself). */
  quiet401?: boolean;
}

function messageOf(body: unknown, status: number): { message: string; code: string | null } {
  if (body && typeof body === 'object') {
    const b = body as Record<string, unknown>;
    const err = (b.error && typeof b.error === 'object' ? (b.error as Record<string, unknown>) : b) ?? {};
    const message =
      typeof err.message === 'string' ? err.message : typeof b.error === 'string' ? b.error : null;
    const code = typeof err.code === 'string' ? err.code : null;
    if (message) return { message, code };
    return { message: fallback(status), code };
  }
  return { message: fallback(status), code: null };
}

function fallback(status: number): string {
  if (status === 403) return da.errors.forbidden;
  if (status === 404) return da.errors.notFound;
  if (status === 401) return da.errors.sessionExpired;
  return da.errors.unexpected(status);
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (opts.file !== undefined) {
    headers['content-type'] = 'application/octet-stream';
    body = opts.file;
  } else if (opts.text !== undefined) {
    headers['content-type'] = 'text/plain; charset=utf-8';
    body = opts.text;
  } else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  if (method !== 'GET' && method !== 'HEAD') {
    const token = csrfToken ?? csrfFromCookie();
    if (token) headers['x-csrf-token'] = token;
  }
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: opts.signal ?? null,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, da.errors.network, 'unavailable', null);
  }
  const text = await res.text();
  let parsed: unknown = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  if (!res.ok) {
    const { message, code } = messageOf(parsed, res.status);
    if (res.status === 401 && !opts.quiet401) onUnauthenticated?.();
    throw new ApiError(res.status, message, code, parsed);
  }
  return parsed as T;
}
