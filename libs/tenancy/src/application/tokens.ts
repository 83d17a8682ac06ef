import type { InjectionToken } from '@nestjs/common';
import type { ProjectionOptions, SqlExecutor, Subscription } from '@bcd/event-store';

/** The store that hosts the read models: its SQL executor and transactional projections (PostgresEventStore fits). */
export interface ProjectionHost {
  readonly executor: SqlExecutor;
  project(options: ProjectionOptions): Subscription;
}

export interface TenancyModuleOptions {
  /** Username of the platform admin created on an empty store (ADMIN_USERNAME). */
  adminUsername: string;
  /** Its password (ADMIN_PASSWORD); absent: a strong one is generated and logged once. */
  adminPassword?: string;
  /** Token of the EventStore port to append and read through (the host's instrumented store). */
  eventStore: InjectionToken;
  /** Token of the ProjectionHost (null when the store has no SQL database: the context then refuses to start). */
  projectionHost: InjectionToken;
}

export const TENANCY_OPTIONS = Symbol.for('bcd.tenancy.Options');
export const TENANCY_EVENT_STORE = Symbol.for('bcd.tenancy.EventStore');
export const TENANCY_PROJECTION_HOST = Symbol.for('bcd.tenancy.ProjectionHost');
