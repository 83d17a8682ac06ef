// What every host does to Fastify and Nest before its own modules: the correlation id (taken from the
// caller when sane, echoed, and opened as the request context), HTTP metrics by route template, quiet
// probes, and nestjs-pino bound to the app's one logger.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { RequestMethod, type DynamicModule } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { CORRELATION_ID_HEADER, correlationIdFrom, runWithRequestContext } from '@bcd/auth';
import { newId } from '@bcd/kernel';
import { UNMATCHED_ROUTE, type Metrics } from './metrics.js';
import { clientErrorResponse, sendProblem } from './problem.filter.js';

/** Probes and scrapes arrive every few seconds: their request lines would drown the rest. */
export const QUIET_PATHS = new Set(['/health', '/health/ready', '/metrics']);

/** The Fastify adapter of a host: its logger, the correlation id as request id, and the hooks below. */
export function createHostAdapter(logger: Logger, metrics: Metrics, options: { bodyLimit: number }): FastifyAdapter {
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    bodyLimit: options.bodyLimit,
    // What the router refuses before any hook (a bad URL escape: 400, an over-long path parameter: 414).
    frameworkErrors: (error: Error & { code?: string }, request: FastifyRequest, reply: FastifyReply) => {
      request.log.debug({ code: error.code }, 'refused by the router');
      sendProblem(request, reply, error);
    },
    // What Node's parser refuses before a request exists: a problem document on the raw socket.
    clientErrorHandler: (error: Error & { code?: string }, socket: Duplex) => {
      if (error.code === 'ECONNRESET' || socket.destroyed) return;
      logger.debug({ code: error.code }, 'malformed HTTP refused');
      if (socket.writable) socket.end(clientErrorResponse(error, newId()));
      else socket.destroy();
    },
    genReqId: (req: IncomingMessage) => correlationIdFrom(req.headers[CORRELATION_ID_HEADER]),
    logController: new LogController({
      requestIdLogLabel: 'correlationId',
      disableRequestLogging: (req: { url?: string }) => QUIET_PATHS.has((req.url ?? '').split('?')[0]),
    }),
  });
  const fastify = adapter.getInstance();

  // First hook of every request: echo the correlation id and open the request context, which
  // lasts through the handler and everything it awaits (event metadata reads it there).
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header(CORRELATION_ID_HEADER, request.id);
    runWithRequestContext({ correlationId: request.id }, done);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    // The route template, never the raw URL: ids in paths would make a series per resource.
    const labels = {
      method: request.method,
      route: request.is404 ? UNMATCHED_ROUTE : (request.routeOptions.url ?? UNMATCHED_ROUTE),
      status: String(reply.statusCode),
    };
    metrics.httpRequests.inc(labels);
    metrics.httpRequestDuration.observe(labels, reply.elapsedTime / 1000);
    done();
  });
  return adapter;
}

/**
 * nestjs-pino on the host's logger. `useExisting`: Fastify owns the logger and its per-request child
 * (bound to the correlation id); nestjs-pino only makes that child the target of Nest logger calls in
 * the request. `forRoutes` explicitly: nestjs-pino's default path (`{/*splat}`) matches no request on
 * @nestjs/platform-fastify 12.5, which would silently drop the correlation id from Nest logs.
 */
export function hostLoggerModule(logger: Logger): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: { logger },
    useExisting: true,
    forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
  });
}
