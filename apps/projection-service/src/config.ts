// The service reads the variables every host reads (libs/service-host host-config), validated once at start, and
// the key that signs the tenants' transparency logs, under the same name and with the same rules as apps/platform:
// every process that projects the shared store must sign with the same key.
import { z } from 'zod';
import { decodeSignerKey } from '@bcd/projections';
import { hostConfigSchema, hostConfigVariables, loadHostConfig, type ConfigVariable } from '@bcd/service-host';

export const configSchema = hostConfigSchema.extend({
  AUDIT_SIGNING_KEY: z
    .string()
    .refine(isSignerKey, { error: 'must be a signer key PRIVATE+KEY+<log name>+<key id>+<base64 Ed25519 seed> (npx bcd-audit keygen <log name>)' })
    .optional(),
});
export type ServiceConfig = z.output<typeof configSchema>;

function isSignerKey(value: string): boolean {
  try {
    decodeSignerKey(value);
    return true;
  } catch {
    return false;
  }
}

/** The variables of this service beyond every host's, for the README (config.spec.ts keeps the two in step). */
export const serviceVariables: readonly ConfigVariable<'AUDIT_SIGNING_KEY'>[] = [
  {
    name: 'AUDIT_SIGNING_KEY',
    default: undefined,
    description:
      'Ed25519 key signing the tenants\' transparency logs, `PRIVATE+KEY+<log name>+<key id>+<base64>` (`npx bcd-audit keygen <log name>`); tenant T\'s log is `<log name>/T/events`. Unset: generated on first start and kept in `DATA_DIR/audit-signing-key` (log name `bcd.local`); every process projecting the same database must use the same key (a log refuses to go on from a checkpoint another key signed).',
    secret: true,
  },
];

export const configVariables: readonly ConfigVariable[] = [...hostConfigVariables, ...serviceVariables];

/** Reads and validates the configuration; throws InvalidConfiguration naming every bad variable (secrets not echoed). */
export function loadConfig(env: Record<string, string | undefined> = process.env): ServiceConfig {
  return loadHostConfig(configSchema, configVariables, env);
}
