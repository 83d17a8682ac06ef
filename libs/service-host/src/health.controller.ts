import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiExtension, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { PinoLogger } from 'nestjs-pino';
import { Public } from '@bcd/auth';
import type { EventStore } from '@bcd/event-store';
import { EVENT_STORE } from './event-store.module.js';

/** A store that does not answer within this is as good as down for a readiness probe. */
const PING_TIMEOUT_MS = 2000;

@ApiTags('operations')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext(HealthController.name);
  }

  /** Liveness: the process answers HTTP. Never touches dependencies, so a slow database does not get us restarted. */
  @Get()
  @ApiOperation({ operationId: 'getLiveness', summary: 'Liveness: the process answers HTTP (dependencies are not checked).' })
  @ApiOkResponse({ description: 'The process is alive.', schema: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['ok'] } } } })
  @ApiExtension('x-problems', [])
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: the event store answers; 503 problem otherwise, so traffic goes elsewhere. */
  @Get('ready')
  @ApiOperation({ operationId: 'getReadiness', summary: 'Readiness: the event store answers within 2 s; 503 problem otherwise.' })
  @ApiOkResponse({
    description: 'Ready to serve.',
    schema: { type: 'object', example: { status: 'ok', checks: { eventStore: 'up' } }, properties: { status: { type: 'string' }, checks: { type: 'object' } } },
  })
  @ApiServiceUnavailableResponse({ description: 'The event store is unreachable (application/problem+json).' })
  @ApiExtension('x-problems', [503])
  async ready(): Promise<{ status: 'ok'; checks: { eventStore: 'up' } }> {
    try {
      await withTimeout(this.store.ping(), PING_TIMEOUT_MS);
    } catch (error) {
      this.logger.warn({ err: error }, 'readiness check failed: event store unreachable');
      throw new ServiceUnavailableException('The event store is unreachable.');
    }
    return { status: 'ok', checks: { eventStore: 'up' } };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
