// What the embedded host runs: every context module (later issues add theirs here) and the login
// limits of the one host that logs people in.
import type { ModuleMetadata } from '@nestjs/common';
import type { AuthModuleOptions } from '@bcd/auth';
import { BudgetModule } from '@bcd/budget';
import { MeetingsModule } from '@bcd/meetings';
import { MembershipModule } from '@bcd/membership';
import { ProgrammeModule } from '@bcd/programme';
import { ProjectionsModule } from '@bcd/projections';
import { ReportingModule } from '@bcd/reporting';
import { RulebookModule } from '@bcd/rulebook';
import { authOptionsOf } from '@bcd/service-host';
import { TenancyModule } from '@bcd/tenancy';
import type { Config } from './config.js';

export function authOptions(config: Config): AuthModuleOptions {
  return authOptionsOf(config, {
    maxFailuresPerUsername: config.LOGIN_RATE_LIMIT_MAX_FAILURES,
    maxFailuresPerAddress: config.LOGIN_RATE_LIMIT_MAX_FAILURES_PER_ADDRESS,
    windowSeconds: config.LOGIN_RATE_LIMIT_WINDOW_SECONDS,
  });
}

/** Every context module the platform hosts, in the order their read models start (identity first: the guard reads it). */
export function platformContexts(config: Config): NonNullable<ModuleMetadata['imports']> {
  return [TenancyModule.forRoot({ adminUsername: config.ADMIN_USERNAME, adminPassword: config.ADMIN_PASSWORD }), RulebookModule, MembershipModule, MeetingsModule, ReportingModule, BudgetModule, ProgrammeModule, ProjectionsModule.forRoot({ dataDir: config.DATA_DIR, auditSigningKey: config.AUDIT_SIGNING_KEY })];
}
