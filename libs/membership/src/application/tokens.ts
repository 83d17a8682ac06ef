import type { InjectionToken } from '@nestjs/common';
import type { ProjectionOptions, SqlExecutor, Subscription } from '@bcd/event-store';

/** The store that hosts the read models: its SQL executor and transactional projections (PostgresEventStore fits). */
export interface ProjectionHost {
  readonly executor: SqlExecutor;
  project(options: ProjectionOptions): Subscription;
}

export interface MembershipModuleOptions {
  /** Token of the EventStore port to append and read through (the host's instrumented store). */
  eventStore: InjectionToken;
  /** Token of the ProjectionHost (null when the store has no SQL database: the context then refuses to start). */
  projectionHost: InjectionToken;
}

export const MEMBERSHIP_EVENT_STORE = Symbol.for('bcd.membership.EventStore');
export const MEMBERSHIP_PROJECTION_HOST = Symbol.for('bcd.membership.ProjectionHost');
