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
  };
  // Synchronous stdout by default: lines written just before process.exit are not lost.
  return destination ? pino(options, destination) : pino(options);
}
