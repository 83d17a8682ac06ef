// JSON logs through pino. One logger per app: Fastify derives a child per request bound to the
// correlation id, and nestjs-pino hands that child to every Nest logger call made in the request.
import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from '../config.js';

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

export function createLogger(config: Pick<Config, 'LOG_LEVEL' | 'NODE_ENV'>, destination?: DestinationStream): Logger {
  const options = {
    level: config.LOG_LEVEL,
    base: { service: 'platform', env: config.NODE_ENV, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  // Synchronous stdout by default: lines written just before process.exit are not lost.
  return destination ? pino(options, destination) : pino(options);
}
