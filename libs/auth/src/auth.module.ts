import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard.js';
import { loadOrCreateJwtSecret } from './jwt-secret.js';
import { LoginRateLimiter, type LoginRateLimitOptions } from './login-rate-limiter.js';
import { TokenService, type OidcOptions } from './tokens.js';

export interface AuthModuleOptions {
  /** JWT_SECRET; absent: generated on first start and kept in `dataDir`. */
  jwtSecret?: string;
  dataDir: string;
  ttlSeconds: number;
  oidc?: OidcOptions;
  rateLimit: LoginRateLimitOptions;
}

/**
 * Tokens, the login rate limiter and the global guard. The guard reads users and tenants through the
 * ACCESS_DIRECTORY port, which the identity context provides (a global provider).
 */
@Global()
@Module({})
export class AuthModule {
  static forRoot(options: AuthModuleOptions): DynamicModule {
    return {
      module: AuthModule,
      providers: [
        {
          provide: TokenService,
          useFactory: async () =>
            new TokenService({
              secret: await loadOrCreateJwtSecret({ secret: options.jwtSecret, dataDir: options.dataDir }),
              ttlSeconds: options.ttlSeconds,
              oidc: options.oidc,
            }),
        },
        { provide: LoginRateLimiter, useValue: new LoginRateLimiter(options.rateLimit) },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [TokenService, LoginRateLimiter],
    };
  }
}
