// The service reads the variables every host reads (libs/service-host host-config), validated once at
// start: one env file configures every process of the distributed shape. In that shape this service is
// also the one that logs people in (it hosts the identity context), so it reads the platform's bootstrap
// admin and login limits too: the kit's login settings, the platform's own definition.
import { z } from 'zod';
import { USERNAME_PATTERN } from '@bcd/tenancy';
import { hostConfigSchema, hostConfigVariables, loadHostConfig, loginConfigShape, loginConfigVariables, type ConfigVariable, type LoginConfigName } from '@bcd/service-host';

export const configSchema = hostConfigSchema.extend(loginConfigShape(USERNAME_PATTERN));
export type ServiceConfig = z.output<typeof configSchema>;

/** The variables of this service beyond every host's, for the README (config.spec.ts keeps the two in step). */
export const serviceVariables: readonly ConfigVariable<LoginConfigName>[] = loginConfigVariables;

export const configVariables: readonly ConfigVariable[] = [...hostConfigVariables, ...serviceVariables];

/** Reads and validates the configuration; throws InvalidConfiguration naming every bad variable (secrets not echoed). */
export function loadConfig(env: Record<string, string | undefined> = process.env): ServiceConfig {
  return loadHostConfig(configSchema, configVariables, env);
}
