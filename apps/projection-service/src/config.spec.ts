import { readFileSync } from 'node:fs';
import { encodeSignerKey } from '@bcd/projections';
import { configTable, hostConfigVariables, InvalidConfiguration } from '@bcd/service-host';
import { configSchema, configVariables, loadConfig, serviceVariables } from './config.js';

describe('projection service configuration', () => {
  it('reads the signing key of the transparency logs, and leaves it unset by default (generated in DATA_DIR)', () => {
    const key = encodeSignerKey('bcd.example', new Uint8Array(32).fill(0x2a));
    expect(loadConfig({ AUDIT_SIGNING_KEY: key }).AUDIT_SIGNING_KEY).toBe(key);
    expect(loadConfig({}).AUDIT_SIGNING_KEY).toBeUndefined();
  });

  it('refuses an AUDIT_SIGNING_KEY that is no signer key, without echoing it', () => {
    let message = '';
    try {
      loadConfig({ AUDIT_SIGNING_KEY: 'PRIVATE+KEY+not-a-key' });
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidConfiguration);
      message = (error as Error).message;
    }
    expect(message).toContain('AUDIT_SIGNING_KEY must be a signer key');
    expect(message).not.toContain('not-a-key');
  });

  it('documents every variable of its schema: the hosts\' and its own', () => {
    expect(configVariables.map((v) => v.name).sort()).toEqual(Object.keys(configSchema.shape).sort());
    expect(configVariables.slice(0, hostConfigVariables.length)).toEqual(hostConfigVariables);
  });

  it('is the table of its README', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const row of configTable(serviceVariables).split('\n')) expect(readme).toContain(row);
  });
});
