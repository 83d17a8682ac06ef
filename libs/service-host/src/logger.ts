// JSON logs through pino, the same for every host. One logger per app: Fastify derives a child per request bound to the
// correlation id, and nestjs-pino hands that child to every Nest logger call made in the request.
import { pino, type DestinationStream, type LevelWithSilent, type Logger } from 'pino';

/** Never logged, whoever logs a request or response object: credentials and bodies (personal data). */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'req.body',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'body',
  'password',
  '*.password',
];

/** Query parameters that carry credentials: their values never reach a log line. */
const CREDENTIAL_PARAMETERS = /([?&](?:access_token|id_token|refresh_token|token|password|passwd|secret|api_key|apikey|key|code)=)[^&#]*/gi;

/** The URL with the values of credential parameters replaced: `/x?access_token=[redacted]&page=2`. */
export function redactUrl(url: string): string {
  return url.replace(CREDENTIAL_PARAMETERS, '$1[redacted]');
}

/**
 * A Fastify request as its request line (method, url, host, address); any other `req` as given. Either
 * way with credentials taken out of the URL (the redact paths then apply to what this returns).
 */
function requestSerializer(request: { method?: string; url?: string; host?: string; ip?: string; raw?: unknown; socket?: { remotePort?: number } }) {
  if (request === null || typeof request !== 'object') return request;
  const url = typeof request.url === 'string' ? redactUrl(request.url) : request.url;
  if (request.raw === undefined) return { ...request, url };
  return { method: request.method, url, host: request.host, remoteAddress: request.ip, remotePort: request.socket?.remotePort };
}

export interface LoggerConfig {
  /** The `service` field of every line: `platform`, `membership`, … */
  service: string;
  LOG_LEVEL: LevelWithSilent;
  NODE_ENV: string;
}

export function createLogger(config: LoggerConfig, destination?: DestinationStream): Logger {
  const options = {
    level: config.LOG_LEVEL,
    base: { service: config.service, env: config.NODE_ENV, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    // Fastify gives its own serializers to the request loggers it derives; a parent's serializers win.
    serializers: { req: requestSerializer },
  };
  // Synchronous stdout by default: lines written just before process.exit are not lost.
  return destination ? pino(options, destination) : pino(options);
}
