// ReadModels without a database: what it refuses and what it need not wait for. (Waiting for a
// running read model is proven on a real store in commands/command-runner.int.spec.ts.)
import { Test } from '@nestjs/testing';
import { PROJECTION_HOST } from '../event-store.module.js';
import { defineProjection } from './projection.js';
import { readModelProvider, ReadModels } from './read-models.js';

const definition = defineProjection<{ type: 'Happened'; data: unknown }>({
  context: 'kit test',
  projectionId: 'kit-read-models-unit',
  namespace: 'kitunit',
  migrations: { dir: '/nonexistent', table: 'kit_unit_schema_migrations' },
  handlers: { Happened: null },
});

describe('ReadModels', () => {
  it('refuses to start a read model in a host without an SQL database, naming the context', async () => {
    await expect(new ReadModels(null).start(definition)).rejects.toThrow(/kit test context needs the event store's SQL database/);
  });

  it('fails the host start when a context lists its read model there', async () => {
    const compiling = Test.createTestingModule({ providers: [{ provide: PROJECTION_HOST, useValue: null }, ReadModels, readModelProvider(definition)] }).compile();
    await expect(compiling).rejects.toThrow(/kit test context/);
  });

  it('waits for nothing when nothing was appended, or no running read model reads the types', async () => {
    const readModels = new ReadModels(null);
    await expect(readModels.waitFor(undefined, ['kitunit.Happened'])).resolves.toBeUndefined();
    await expect(readModels.waitFor({ transactionId: 1n, globalPosition: 1n }, ['kitunit.Happened'])).resolves.toBeUndefined();
  });

  it('gives each read model a provider of its own', () => {
    const first = readModelProvider(definition) as { provide: symbol; inject: unknown[] };
    const second = readModelProvider(definition) as { provide: symbol; inject: unknown[] };
    expect(first.provide).not.toBe(second.provide);
    expect(first.inject).toEqual([ReadModels]);
  });
});
