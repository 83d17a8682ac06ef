import { Readable } from 'node:stream';
import { Controller, Inject, Param, Query as QueryParams, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { RoleGroups } from '@bcd/auth';
import { CLOCK, NotFound, type Clock } from '@bcd/kernel';
import { idParam, parse, Read, ReadFile } from '@bcd/service-host';
import { BUNDLE_MEDIA_TYPE } from '../domain/transparency/bundle.js';
import type { ConsistencyProofJson } from '../domain/transparency/checkpoint.js';
import { TransparencyLog, type LogVerification } from './transparency.log.js';
import { ConsistencyProofQuery, ConsistencyProofSchema, InclusionProofQuery, LogVerdictSchema } from './transparency.schemas.js';

/** Who reads a tenant's log: its auditors and admins, and the platform roles (RoleGroups.accessReaders). */
const LOG_READERS = RoleGroups.accessReaders;
const TEXT = 'text/plain; charset=utf-8';

function sendText(reply: FastifyReply, text: string): FastifyReply {
  return reply.header('content-type', TEXT).header('cache-control', 'private, no-store').send(text);
}

/** A tree size in a path: a whole number, else no such checkpoint. */
function sizeParam(value: string): number {
  if (!/^(0|[1-9][0-9]{0,15})$/.test(value) || !Number.isSafeInteger(Number(value))) throw new NotFound('Checkpoint', value);
  return Number(value);
}

/**
 * The tenant's transparency log (libs/projections README "Transparency log"): an RFC 6962 tree whose leaves
 * commit to the tenant's events, with C2SP signed checkpoints, inclusion proofs (tlog-proof), consistency
 * proofs, the verifier key, an export bundle for offline verification (`bcd-audit verify`) and a verification
 * against the events table. Eventually consistent: an event enters the log shortly after it is recorded.
 */
@ApiTags('transparency log')
@Controller('api/tenants/:tenant/audit/log')
export class TransparencyController {
  constructor(
    private readonly log: TransparencyLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @ReadFile('checkpoint', {
    operationId: 'getTransparencyCheckpoint',
    summary: 'The latest signed checkpoint of the tenant\'s log: a C2SP tlog-checkpoint signed note (origin, size, base64 root; Ed25519). 404 until the first event is logged.',
    roles: LOG_READERS,
    mediaTypes: [TEXT],
  })
  async latest(@Param('tenant') tenant: string, @Res() reply: FastifyReply): Promise<void> {
    sendText(reply, (await this.log.checkpoint(tenant)).note);
  }

  @ReadFile('checkpoints/:size', {
    operationId: 'getTransparencyCheckpointOfSize',
    summary: 'The checkpoint the log signed for a tree size (one is signed after each batch of events that grew the tree); 404 when it signed none of that size.',
    roles: LOG_READERS,
    mediaTypes: [TEXT],
  })
  async ofSize(@Param('tenant') tenant: string, @Param('size') size: string, @Res() reply: FastifyReply): Promise<void> {
    sendText(reply, (await this.log.checkpoint(tenant, sizeParam(size))).note);
  }

  @ReadFile('inclusion-proofs/:eventId', {
    operationId: 'getTransparencyInclusionProof',
    summary: 'A C2SP tlog-proof (c2sp.org/tlog-proof@v1) that the event is in the log: its leaf index, the RFC 6962 inclusion proof and the signed checkpoint (the latest, or the one of `size`). The leaf is recomputed from the event (bcd/event-leaf@v1).',
    roles: LOG_READERS,
    query: InclusionProofQuery,
    mediaTypes: [TEXT],
  })
  async inclusion(@Param('tenant') tenant: string, @Param('eventId') eventId: string, @QueryParams() query: unknown, @Res() reply: FastifyReply): Promise<void> {
    const { size } = parse(InclusionProofQuery, query);
    sendText(reply, await this.log.inclusionProof(tenant, idParam(eventId, 'Event'), size));
  }

  @Read('consistency-proof', {
    operationId: 'getTransparencyConsistencyProof',
    summary: 'A consistency proof between two signed checkpoints (`from`, `to`: their sizes; `to` by default the latest): both notes verbatim and the RFC 6962 proof that the older tree is a prefix of the newer.',
    roles: LOG_READERS,
    query: ConsistencyProofQuery,
    response: ConsistencyProofSchema,
  })
  consistency(@Param('tenant') tenant: string, @QueryParams() query: unknown): Promise<ConsistencyProofJson> {
    const { from, to } = parse(ConsistencyProofQuery, query);
    return this.log.consistencyProof(tenant, from, to);
  }

  @ReadFile('verifier-key', {
    operationId: 'getTransparencyVerifierKey',
    summary: 'The verifier key of the tenant\'s log, `<origin>+<key id>+<base64 Ed25519 public key>` (golang.org/x/mod/sumdb/note): what checkpoints, proofs and bundles are verified with.',
    roles: LOG_READERS,
    mediaTypes: [TEXT],
  })
  verifierKey(@Param('tenant') tenant: string, @Res() reply: FastifyReply): void {
    sendText(reply, `${this.log.verifierKey(tenant)}\n`);
  }

  @ReadFile('bundle', {
    operationId: 'exportTransparencyBundle',
    summary: 'The log exported for offline verification (`npx bcd-audit verify <file>`): one NDJSON file with a header, every signed checkpoint, every leaf and the events as stored (no metadata) up to the last logged one.',
    roles: LOG_READERS,
    mediaTypes: [BUNDLE_MEDIA_TYPE],
  })
  async bundle(@Param('tenant') tenant: string, @Res() reply: FastifyReply): Promise<void> {
    const exportedAt = this.clock.now();
    const lines = await this.log.bundle(tenant, exportedAt);
    const fileName = `${tenant}-transparency-log-${exportedAt.toISOString().slice(0, 10)}.ndjson`;
    reply
      .header('content-type', BUNDLE_MEDIA_TYPE)
      .header('content-disposition', `attachment; filename="${fileName}"`)
      .header('cache-control', 'private, no-store')
      .send(Readable.from(lines));
  }

  @Read('verification', {
    operationId: 'verifyTransparencyLog',
    summary: 'Verifies the log against the events table now: every leaf recomputed from its stored event, the stored tree and nodes, every signed checkpoint; answers the first bad event (changed, deleted, reordered, slipped in) and what differs. Changes nothing (a GET, so that auditors may run it); reads the whole log.',
    roles: LOG_READERS,
    response: LogVerdictSchema,
  })
  verification(@Param('tenant') tenant: string): Promise<LogVerification> {
    return this.log.verify(tenant);
  }
}
