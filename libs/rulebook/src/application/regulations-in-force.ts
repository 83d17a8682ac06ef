// The RegulationsInForce port (token REGULATIONS_IN_FORCE of @bcd/regulation) on the rulebook's read
// model, for the contexts of the same host. Inside a request it reads under the request's scope (a
// tenant the caller may not see has no regulation); outside one (policies, subscriptions) under the
// scope of the tenant asked about. Hosts without the rulebook fold its events instead (libs/service-host).
import { Injectable } from '@nestjs/common';
import type { LocalDate } from '@bcd/calendar';
import { TenantId } from '@bcd/kernel';
import { currentRequestContext, type TenantScope } from '@bcd/auth';
import { regulationInForce, type Adoption, type RegulationsInForce } from '@bcd/regulation';
import { ReadModelDatabase } from '@bcd/service-host';
import { adoptionRecords, toAdoption } from '../read-model/adoptions.query.js';

@Injectable()
export class ReadModelRegulationsInForce implements RegulationsInForce {
  constructor(private readonly db: ReadModelDatabase) {}

  async adoptions(tenantId: string): Promise<readonly Adoption[]> {
    if (!TenantId.is(tenantId)) return [];
    const scope: TenantScope = currentRequestContext()?.scope ?? { platform: false, tenantIds: [tenantId] };
    return (await this.db.readAs(scope, (tx) => adoptionRecords(tx, tenantId))).map(toAdoption);
  }

  async inForce(tenantId: string, date: LocalDate): Promise<Adoption | undefined> {
    return regulationInForce(await this.adoptions(tenantId), date);
  }
}
