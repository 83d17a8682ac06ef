import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ACCESS_DIRECTORY } from '@bcd/auth';
import { IdentityBootstrap } from './application/bootstrap.js';
import { CredentialStore } from './application/credentials.js';
import { IdentityProjection } from './application/identity-projection.js';
import { LogInHandler } from './application/login.js';
import { identityQueryHandlers, IdentityReadModel, ReadModelAccessDirectory } from './application/queries.js';
import { tenantCommandHandlers } from './application/tenants.js';
import { TENANCY_EVENT_STORE, TENANCY_OPTIONS, TENANCY_PROJECTION_HOST, type TenancyModuleOptions } from './application/tokens.js';
import { userCommandHandlers, UserAccounts } from './application/users.js';
import { AuthController } from './http/auth.controller.js';
import { MembersController } from './http/members.controller.js';
import { TenantsController } from './http/tenants.controller.js';
import { UsersController } from './http/users.controller.js';

/**
 * Identity and tenancy: tenants, users, roles, login, the bootstrap admin, and the AccessDirectory
 * the global guard of @bcd/auth reads (hence a global module).
 */
@Global()
@Module({})
export class TenancyModule {
  static forRoot(options: TenancyModuleOptions): DynamicModule {
    return {
      module: TenancyModule,
      controllers: [AuthController, TenantsController, MembersController, UsersController],
      providers: [
        { provide: TENANCY_OPTIONS, useValue: options },
        { provide: TENANCY_EVENT_STORE, useExisting: options.eventStore },
        { provide: TENANCY_PROJECTION_HOST, useExisting: options.projectionHost },
        IdentityProjection,
        CredentialStore,
        IdentityReadModel,
        UserAccounts,
        { provide: ACCESS_DIRECTORY, useClass: ReadModelAccessDirectory },
        ...tenantCommandHandlers,
        ...userCommandHandlers,
        LogInHandler,
        ...identityQueryHandlers,
        IdentityBootstrap,
      ],
      exports: [ACCESS_DIRECTORY],
    };
  }
}
