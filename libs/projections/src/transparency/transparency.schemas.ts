// The transparency log's HTTP shapes: the query parameters and the JSON answers (the text answers —
// checkpoints, tlog-proofs, the verifier key, the bundle — are files: see the controller).
import { z } from 'zod';
import { CONSISTENCY_PROOF_FORMAT } from '../domain/transparency/checkpoint.js';
import { FINDING_KINDS } from '../domain/transparency/log-verification.js';

const treeSize = z
  .string()
  .regex(/^(0|[1-9][0-9]{0,15})$/, { error: 'must be a tree size (a whole number)' })
  .transform(Number)
  .refine(Number.isSafeInteger, { error: 'must be a tree size (a whole number)' });

export const InclusionProofQuery = z.strictObject({
  size: treeSize.optional().meta({ description: 'The size of the stored checkpoint to prove inclusion in (default: the latest).', example: '42' }),
});

export const ConsistencyProofQuery = z.strictObject({
  from: treeSize.meta({ description: 'The size of the older stored checkpoint.', example: '1' }),
  to: treeSize.optional().meta({ description: 'The size of the newer stored checkpoint (default: the latest).', example: '42' }),
});

export const ConsistencyProofSchema = z
  .strictObject({
    format: z.literal(CONSISTENCY_PROOF_FORMAT),
    from: z.string().meta({ description: 'The older signed checkpoint, verbatim (a C2SP signed note).' }),
    to: z.string().meta({ description: 'The newer signed checkpoint, verbatim.' }),
    proof: z.array(z.string()).meta({ description: 'RFC 6962 PROOF(from.size, D[to.size]), each hash base64.' }),
  })
  .meta({ description: 'A consistency proof between two signed checkpoints of the log (bcd/tlog-consistency-proof@v1).' });

const FindingSchema = z.strictObject({
  kind: z.enum(FINDING_KINDS),
  detail: z.string(),
  leafIndex: z.number().int().optional(),
  position: z.string().optional(),
  eventId: z.string().optional(),
  foundEventId: z.string().optional(),
  size: z.number().int().optional(),
  level: z.number().int().optional(),
  index: z.number().int().optional(),
});

export const LogVerdictSchema = z
  .strictObject({
    valid: z.boolean(),
    tenant: z.string(),
    origin: z.string(),
    leaves: z.number().int().meta({ description: 'Stored leaves read.' }),
    events: z.number().int().meta({ description: 'Events read from the events table (up to the last logged one).' }),
    checkpoints: z.strictObject({
      total: z.number().int(),
      verified: z.number().int().meta({ description: 'Checkpoints signed by the log\'s key whose root the events reproduce.' }),
      latest: z.strictObject({ size: z.number().int(), rootHash: z.string() }).nullable(),
    }),
    otherOrigins: z.number().int().meta({ description: 'Checkpoints signed under an earlier key name (another origin): not checked.' }),
    firstBadEvent: z
      .strictObject({
        problem: z.enum(FINDING_KINDS),
        detail: z.string(),
        leafIndex: z.number().int().nullable(),
        position: z.string(),
        eventId: z.string(),
      })
      .nullable()
      .meta({ description: 'The first event, in log order, that is not what the log committed to (null when none).' }),
    findings: z.array(FindingSchema).meta({ description: 'The first findings (at most 100), in the order found.' }),
    moreFindings: z.number().int(),
  })
  .meta({ description: 'The verification of the tenant\'s log against its events: leaves recomputed from the stored events, the tree, its stored nodes and every signed checkpoint.' });
