// What the embedded host runs besides its own operations routes: authentication (always) and the
// context modules. Later issues add their contexts to `platformContexts`.
import type { ModuleMetadata } from '@nestjs/common';
import type { AuthModuleOptions } from '@bcd/auth';
import { MembershipModule } from '@bcd/membership';
import { RulebookModule } from '@bcd/rulebook';
import { TenancyModule } from '@bcd/tenancy';
import type { Config } from './config.js';
import { EVENT_STORE, PROJECTION_HOST } from '@bcd/service-host';

export function authOptions(config: Config): AuthModuleOptions {
  return {
    jwtSecret: config.JWT_SECRET,
    dataDir: config.DATA_DIR,
    ttlSeconds: config.JWT_TTL_SECONDS,
    oidc:
      config.OIDC_ISSUER !== undefined && config.OIDC_JWKS_URL !== undefined
        ? {
            issuer: config.OIDC_ISSUER,
            jwksUrl: config.OIDC_JWKS_URL,
            audience: config.OIDC_AUDIENCE,
            rolesClaim: config.OIDC_ROLES_CLAIM,
            usernameClaim: config.OIDC_USERNAME_CLAIM,
          }
        : undefined,
    rateLimit: {
      maxFailuresPerUsername: config.LOGIN_RATE_LIMIT_MAX_FAILURES,
      maxFailuresPerAddress: config.LOGIN_RATE_LIMIT_MAX_FAILURES_PER_ADDRESS,
      windowSeconds: config.LOGIN_RATE_LIMIT_WINDOW_SECONDS,
    },
  };
}

/** Every context module the platform hosts. */
export function platformContexts(config: Config): NonNullable<ModuleMetadata['imports']> {
  return [
    TenancyModule.forRoot({
      adminUsername: config.ADMIN_USERNAME,
      adminPassword: config.ADMIN_PASSWORD,
      eventStore: EVENT_STORE,
      projectionHost: PROJECTION_HOST,
    }),
    RulebookModule.forRoot({ eventStore: EVENT_STORE, projectionHost: PROJECTION_HOST }),
    MembershipModule.forRoot({ eventStore: EVENT_STORE, projectionHost: PROJECTION_HOST }),
  ];
}
