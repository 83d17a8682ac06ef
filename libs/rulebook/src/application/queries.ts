// Queries: the read model under the request's scope (row-level security), and the RegulationsInForce
// port other contexts read the regulation in force through.
import { Injectable } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { LocalDate } from '@bcd/calendar';
import { NotFound, TenantId, ValidationFailed } from '@bcd/kernel';
import { currentRequestContext, requestScope, type TenantScope } from '@bcd/auth';
import {
  regulationInForce,
  scheduleForAdoptions,
  tenantDecisions,
  type Adoption,
  type AdoptedSchedule,
  type ConfigurationNeeded,
  type RegulationsInForce,
  type RulePack,
  type TenantDecision,
} from '@bcd/regulation';
import type { AdoptionSource, TenantSettings } from '../domain/regulations.js';
import { RulebookQueries, type AdoptionRecord } from '../read-model/queries.js';
import { RulebookProjection } from './rulebook-projection.js';

/** The read model's queries on the store's SQL database. */
@Injectable()
export class RulebookReadModel extends RulebookQueries {
  constructor(projection: RulebookProjection) {
    super({ transaction: (work) => projection.executor.transaction(work) });
  }
}

/** An adoption as @bcd/regulation's functions take it: the pack with the tenant's decisions filled in. */
export function toAdoption(record: AdoptionRecord): Adoption {
  return {
    pack: record.effectivePack,
    decisionNumber: record.decisionNumber,
    signedOn: record.signedOn,
    effectiveFrom: record.effectiveFrom,
    supersedes: record.supersedes,
  };
}

/**
 * The RegulationsInForce port (token REGULATIONS_IN_FORCE of @bcd/regulation) on the read model.
 * Inside a request it reads under the request's scope (a tenant the caller may not see has no
 * regulation); outside one (policies, subscriptions) under the scope of the tenant asked about.
 */
@Injectable()
export class ReadModelRegulationsInForce implements RegulationsInForce {
  constructor(private readonly readModel: RulebookReadModel) {}

  async adoptions(tenantId: string): Promise<readonly Adoption[]> {
    if (!TenantId.is(tenantId)) return [];
    const scope: TenantScope = currentRequestContext()?.scope ?? { platform: false, tenantIds: [tenantId] };
    return (await this.readModel.adoptions(scope, tenantId)).map(toAdoption);
  }

  async inForce(tenantId: string, date: LocalDate): Promise<Adoption | undefined> {
    return regulationInForce(await this.adoptions(tenantId), date);
  }
}

// ---- views ----

export interface AdoptionView {
  adoptionId: string;
  source: AdoptionSource;
  packId: string;
  title: string;
  province: string;
  decisionNumber: string | null;
  signedOn: LocalDate | null;
  effectiveFrom: LocalDate;
  supersedes: string | null;
  /** The days this regulation is the one in force: until the day before the next adoption takes effect (null: still in force). */
  inForce: { from: LocalDate; until: LocalDate | null };
  /** The tenant's decisions on the rules the regulation leaves to the committee, by path. */
  configuration: TenantSettings;
  /** Rules still left to the tenant: nothing depending on them is generated until they are configured. */
  openTenantDecisions: TenantDecision[];
  /** The pack the tenant's facts are judged by (the tenant's decisions filled in). */
  pack: RulePack;
  adoptedAt: string;
  adoptedBy: { userId: string; role?: string } | null;
  configuredAt: string | null;
}

function views(records: readonly AdoptionRecord[]): AdoptionView[] {
  return records.map((r, i) => {
    const next = records[i + 1];
    return {
      adoptionId: r.adoptionId,
      source: r.source,
      packId: r.pack.id,
      title: r.pack.title,
      province: r.pack.province,
      decisionNumber: r.decisionNumber,
      signedOn: r.signedOn,
      effectiveFrom: r.effectiveFrom,
      supersedes: r.supersedes,
      inForce: { from: r.effectiveFrom, until: next ? LocalDate.addDays(next.effectiveFrom, -1) : null },
      configuration: r.configuration,
      openTenantDecisions: tenantDecisions(r.effectivePack),
      pack: r.effectivePack,
      adoptedAt: r.adoptedAt,
      adoptedBy: r.adoptedBy,
      configuredAt: r.configuredAt,
    };
  });
}

// ---- queries ----

export class ListRegulationsQuery {
  constructor(readonly tenant: string) {}
}
export class GetAdoptionQuery {
  constructor(
    readonly tenant: string,
    readonly adoptionId: string,
  ) {}
}
export class RegulationInForceQuery {
  constructor(
    readonly tenant: string,
    readonly date: LocalDate,
  ) {}
}
export class ScheduleQuery {
  constructor(
    readonly tenant: string,
    readonly from: LocalDate,
    readonly to: LocalDate,
  ) {}
}

export interface InForceView {
  date: LocalDate;
  regulation: AdoptionView;
}

export interface ScheduleView extends AdoptedSchedule {
  from: LocalDate;
  to: LocalDate;
  needsConfiguration: (ConfigurationNeeded & { adoptionId: string })[];
  /** What the answer leaves out, in words: rules awaiting the tenant's decision, days without a regulation. */
  notes: string[];
}

/** Longest range a schedule is computed for (20 years). */
export const MAX_SCHEDULE_DAYS = 7305;

@QueryHandler(ListRegulationsQuery)
export class ListRegulationsHandler implements IQueryHandler<ListRegulationsQuery, AdoptionView[]> {
  constructor(private readonly readModel: RulebookReadModel) {}
  async execute({ tenant }: ListRegulationsQuery): Promise<AdoptionView[]> {
    return views(await this.readModel.adoptions(requestScope(), tenant));
  }
}

@QueryHandler(GetAdoptionQuery)
export class GetAdoptionHandler implements IQueryHandler<GetAdoptionQuery, AdoptionView> {
  constructor(private readonly readModel: RulebookReadModel) {}
  async execute({ tenant, adoptionId }: GetAdoptionQuery): Promise<AdoptionView> {
    const found = views(await this.readModel.adoptions(requestScope(), tenant)).find((v) => v.adoptionId === adoptionId);
    if (!found) throw new NotFound('Regulation adoption', adoptionId);
    return found;
  }
}

@QueryHandler(RegulationInForceQuery)
export class RegulationInForceHandler implements IQueryHandler<RegulationInForceQuery, InForceView> {
  constructor(private readonly readModel: RulebookReadModel) {}
  async execute({ tenant, date }: RegulationInForceQuery): Promise<InForceView> {
    const records = await this.readModel.adoptions(requestScope(), tenant);
    const adoptions = records.map(toAdoption);
    const all = views(records);
    // The same function the RegulationsInForce port and the schedule use.
    const inForce = regulationInForce(adoptions, date);
    const found = inForce === undefined ? undefined : all[adoptions.indexOf(inForce)];
    if (!found) {
      const why =
        all.length === 0
          ? `tenant ${tenant} has adopted no regulation (POST /api/tenants/${tenant}/regulations)`
          : `the first regulation tenant ${tenant} adopted, ${all[0].decisionNumber ?? all[0].packId}, takes effect on ${all[0].effectiveFrom}`;
      throw new NotFound('Regulation in force', date, `No regulation is in force for tenant ${tenant} on ${date}: ${why}.`);
    }
    return { date, regulation: found };
  }
}

@QueryHandler(ScheduleQuery)
export class ScheduleHandler implements IQueryHandler<ScheduleQuery, ScheduleView> {
  constructor(private readonly readModel: RulebookReadModel) {}
  async execute({ tenant, from, to }: ScheduleQuery): Promise<ScheduleView> {
    if (LocalDate.daysBetween(from, to) > MAX_SCHEDULE_DAYS) {
      throw new ValidationFailed([{ path: 'to', message: `must be at most ${MAX_SCHEDULE_DAYS} days (20 years) after from` }]);
    }
    const records = await this.readModel.adoptions(requestScope(), tenant);
    const adoptions = records.map(toAdoption);
    const schedule = scheduleForAdoptions(adoptions, from, to);
    const needsConfiguration = schedule.needsConfiguration.map((need) => {
      // Each part of the range follows the regulation in force on its first day.
      const inForce = regulationInForce(adoptions, need.from);
      if (inForce === undefined) throw new Error(`A schedule part from ${need.from} needs configuration but has no regulation in force`);
      return { ...need, adoptionId: records[adoptions.indexOf(inForce)].adoptionId };
    });
    const notes = [
      ...needsConfiguration.map((need) => ({
        from: need.from,
        text:
          `${need.from}..${need.to}: nothing is generated from "${need.path}" of ${need.regulation.decisionNumber ?? need.regulation.packId} ` +
          `(${need.citation.article}): the regulation leaves it to the committee and the tenant has not configured it yet ` +
          `(POST /api/tenants/${tenant}/regulations/${need.adoptionId}/configuration).`,
      })),
      ...schedule.withoutRegulation.map((gap) => ({ from: gap.from, text: `${gap.from}..${gap.to}: no regulation of tenant ${tenant} is in force, so nothing is required.` })),
    ]
      .sort((a, b) => a.from.localeCompare(b.from)) // stable: a part's notes keep their order
      .map((note) => note.text);
    return { from, to, ...schedule, needsConfiguration, notes };
  }
}

export const rulebookQueryHandlers = [ListRegulationsHandler, GetAdoptionHandler, RegulationInForceHandler, ScheduleHandler];
