// The server's settings from the environment, read and checked in one place (docs/server.md).
// A wrong value stops the start with a Danish message instead of running with a guess.
import { InvalidInput } from '../core/errors.ts';

export const LOG_LEVELS = ['silent', 'fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Fastify's trustProxy: whom to believe about the client's address and protocol. */
export type TrustProxy = boolean | number | string;

export interface ServerSettings {
  /** GEVINST_LOG: pino level of the JSON log on stdout. Default info ("1" = info, "0" = silent). */
  logLevel: LogLevel;
  /**
   * GEVINST_TRUST_PROXY: unset = nobody (request.ip is the connecting address); a number = that many
   * proxies in front; addresses or CIDR ranges (comma-separated) = those proxies; "true" = any.
   */
  trustProxy: TrustProxy;
  /** GEVINST_SESSION_IDLE_MINUTES: a session unused this long ends. Default 60. */
  sessionIdleMinutes: number;
  /** GEVINST_REQUEST_TIMEOUT_SECONDS: the whole request (headers and body) must arrive within this. */
  requestTimeoutSeconds: number;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  logLevel: 'info',
  trustProxy: false,
  sessionIdleMinutes: 60,
  requestTimeoutSeconds: 25,
};

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > max)
    throw new InvalidInput(`${name} skal være et helt tal fra 1 til ${max}, ikke "${raw}".`);
  return n;
}

export function logLevelFrom(raw: string | undefined): LogLevel {
  if (raw === undefined || raw === '' || raw === '1') return 'info';
  if (raw === '0') return 'silent';
  if ((LOG_LEVELS as readonly string[]).includes(raw)) return raw as LogLevel;
  throw new InvalidInput(`GEVINST_LOG skal være en af ${LOG_LEVELS.join(', ')}, ikke "${raw}".`);
}

export function trustProxyFrom(raw: string | undefined): TrustProxy {
  if (raw === undefined || raw === '' || raw === 'false' || raw === '0') return false;
  if (raw === 'true') return true;
  if (/^\d{1,2}$/.test(raw)) return Number(raw);
  const parts = raw.split(',').map((p) => p.trim());
  if (parts.every((p) => /^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(p))) return parts.join(',');
  throw new InvalidInput(
    `GEVINST_TRUST_PROXY skal være et antal proxyer (fx 1), adresser eller net (fx 10.0.0.0/8,127.0.0.1) eller true, ikke "${raw}".`,
  );
}

export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  return {
    logLevel: logLevelFrom(env.GEVINST_LOG),
    trustProxy: trustProxyFrom(env.GEVINST_TRUST_PROXY),
    sessionIdleMinutes: positiveInt(env, 'GEVINST_SESSION_IDLE_MINUTES', 60, 7 * 24 * 60),
    requestTimeoutSeconds: positiveInt(env, 'GEVINST_REQUEST_TIMEOUT_SECONDS', 25, 3600),
  };
}
