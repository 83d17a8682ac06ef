import { Module, type DynamicModule } from '@nestjs/common';
import { readModelProvider } from '@bcd/service-host';
import { IdentityBootstrap, TENANCY_OPTIONS, type TenancyModuleOptions } from './application/bootstrap.js';
import { CredentialStore } from './application/credentials.js';
import { LogInHandler } from './application/login.js';
import { TenantCommands } from './application/tenants.commands.js';
import { UserAccounts, UserCommands } from './application/users.commands.js';
import { AuthController } from './http/auth.controller.js';
import { MembersController } from './http/members.controller.js';
import { TenantsController } from './http/tenants.controller.js';
import { UsersController } from './http/users.controller.js';
import { AccessLogHandler } from './read-model/access-log.query.js';
import { ListMembersHandler } from './read-model/members.query.js';
import { tenancyProjection } from './read-model/tenancy.projection.js';
import { tenantQueryHandlers } from './read-model/tenants.query.js';
import { userQueryHandlers } from './read-model/users.query.js';

/**
 * Identity and tenancy: tenants, users, roles, login, the bootstrap admin. Runs on the host kit
 * (libs/service-host), which also serves the AccessDirectory the global guard reads, folded in memory
 * from this context's published events.
 */
@Module({})
export class TenancyModule {
  static forRoot(options: TenancyModuleOptions): DynamicModule {
    return {
      module: TenancyModule,
      controllers: [AuthController, TenantsController, MembersController, UsersController],
      providers: [
        { provide: TENANCY_OPTIONS, useValue: options },
        readModelProvider(tenancyProjection),
        CredentialStore,
        UserAccounts,
        TenantCommands,
        UserCommands,
        LogInHandler,
        ...tenantQueryHandlers,
        ...userQueryHandlers,
        ListMembersHandler,
        AccessLogHandler,
        IdentityBootstrap,
      ],
    };
  }
}
