// The transparency log's controllers and providers: the signing key (AUDIT_SIGNING_KEY, or kept in DATA_DIR),
// its projection (every event, eventually consistent) and what it serves.
import type { Provider, Type } from '@nestjs/common';
import { ReadModels } from '@bcd/service-host';
import { PROJECTIONS_OPTIONS, type ProjectionsModuleOptions } from '../projections.options.js';
import { loadOrCreateAuditSigningKey, TransparencyKeys } from './signing-key.js';
import { TransparencyController } from './transparency.controller.js';
import { TransparencyLog } from './transparency.log.js';
import { transparencyProjection, TRANSPARENCY_PROJECTION_ID } from './transparency.projection.js';

export const transparencyControllers: Type[] = [TransparencyController];
export const transparencyProviders: Provider[] = [
  {
    provide: TransparencyKeys,
    inject: [PROJECTIONS_OPTIONS],
    useFactory: async (options: ProjectionsModuleOptions) =>
      new TransparencyKeys(await loadOrCreateAuditSigningKey({ signingKey: options.auditSigningKey, dataDir: options.dataDir })),
  },
  // readModelProvider, with the key: the projection signs as it appends.
  {
    provide: Symbol(`bcd.ReadModel:${TRANSPARENCY_PROJECTION_ID}`),
    inject: [ReadModels, TransparencyKeys],
    useFactory: async (readModels: ReadModels, keys: TransparencyKeys) => {
      const definition = transparencyProjection(keys);
      await readModels.start(definition);
      return definition;
    },
  },
  TransparencyLog,
];
