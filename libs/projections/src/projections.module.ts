import { Module, type DynamicModule } from '@nestjs/common';
import { auditControllers, auditProviders } from './audit/audit.providers.js';
import { kpisControllers, kpisProviders } from './kpis/kpis.providers.js';
import { PROJECTIONS_OPTIONS, type ProjectionsModuleOptions } from './projections.options.js';
import { PrismaReads } from './read-model/prisma-reads.js';
import { timeTravelControllers, timeTravelProviders } from './time-travel/time-travel.providers.js';
import { transparencyControllers, transparencyProviders } from './transparency/transparency.providers.js';

/**
 * Projections over every context's published events (read through libs/contracts, never their code or tables):
 * the audit trail, the per-tenant transparency log, time travel and the KPIs, all read through one PrismaReads.
 * Eventually consistent: commands never wait for them
 * (`readYourWrites: false`); their lag is measured.
 */
@Module({})
export class ProjectionsModule {
  static forRoot(options: ProjectionsModuleOptions): DynamicModule {
    return {
      module: ProjectionsModule,
      controllers: [...auditControllers, ...transparencyControllers, ...timeTravelControllers, ...kpisControllers],
      providers: [{ provide: PROJECTIONS_OPTIONS, useValue: options }, PrismaReads, ...auditProviders, ...transparencyProviders, ...timeTravelProviders, ...kpisProviders],
    };
  }
}
