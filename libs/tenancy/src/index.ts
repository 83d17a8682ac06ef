export { TenancyModule } from './tenancy.module.js';
export type { TenancyModuleOptions, ProjectionHost } from './application/tokens.js';
export { IDENTITY_MIGRATIONS_DIR, IDENTITY_MIGRATIONS_TABLE } from './application/identity-projection.js';
export { applyIdentityEvents, IDENTITY_PROJECTION_ID } from './read-model/projection.js';
export { IdentityQueries, resolveTenant } from './read-model/queries.js';
export type { TenantView, UserView, MemberView, AccessLogEntry } from './read-model/queries.js';
export { Rules as TenancyRules } from './domain/rules.js';
export { streamIds as tenancyStreamIds } from './application/streams.js';
export { USERNAME as USERNAME_PATTERN } from './domain/username.js';
