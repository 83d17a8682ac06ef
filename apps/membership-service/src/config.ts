// The service reads the variables every host reads (libs/service-host host-config), validated once at
// start: one env file configures every process of the distributed shape.
import { hostConfigSchema, hostConfigVariables, loadHostConfig, type HostConfig } from '@bcd/service-host';

export const configSchema = hostConfigSchema;
export type ServiceConfig = HostConfig;
export const configVariables = hostConfigVariables;

/** Reads and validates the configuration; throws InvalidConfiguration naming every bad variable (secrets not echoed). */
export function loadConfig(env: Record<string, string | undefined> = process.env): ServiceConfig {
  return loadHostConfig(configSchema, configVariables, env);
}
