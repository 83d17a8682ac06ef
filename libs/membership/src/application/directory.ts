// The MembershipDirectory port (token MEMBERSHIP_DIRECTORY of @bcd/contracts) on this context's read
// model, for the other contexts of the same host: a person's name from the personal-data store (null once
// they were erased, or when no personal data is kept for them), an agency's name on a date through the
// AgencyBook, the committee's name on a date (the one with members serving that day). Inside a request it reads under the request's scope (a tenant the caller may not see has no
// people), outside one (rendering a document in the background) under the scope of the tenant asked
// about, as the rulebook's RegulationsInForce does. Ids that are no id of the tenant are left out.
import { Injectable } from '@nestjs/common';
import type { LocalDate } from '@bcd/calendar';
import { isUuid, TenantId } from '@bcd/kernel';
import { currentRequestContext, type TenantScope } from '@bcd/auth';
import type { DirectoryPerson, MembershipDirectory } from '@bcd/contracts';
import { ReadModelDatabase } from '@bcd/service-host';
import { AgencyBook } from '../read-model/agencies.query.js';
import { person, PERSON_COLUMNS, type PersonRow } from '../read-model/people.query.js';

@Injectable()
export class ReadModelMembershipDirectory implements MembershipDirectory {
  constructor(private readonly db: ReadModelDatabase) {}

  async people(tenantId: string, personIds: readonly string[]): Promise<Map<string, DirectoryPerson>> {
    const ids = uuids(personIds);
    const found = new Map<string, DirectoryPerson>();
    if (!TenantId.is(tenantId) || ids.length === 0) return found;
    const rows = await this.db.readAs(scopeFor(tenantId), (tx) =>
      tx.query<PersonRow>(
        `SELECT ${PERSON_COLUMNS('pp')} FROM membership_people pp
         LEFT JOIN membership_personal_data pd ON pd.tenant_id = pp.tenant_id AND pd.person_id = pp.person_id
         WHERE pp.tenant_id = $1 AND pp.person_id = ANY ($2::uuid[])`,
        [tenantId, ids],
      ),
    );
    for (const row of rows) found.set(row.person_id, { personId: row.person_id, fullName: person(row).fullName });
    return keyedAsAsked(found, personIds);
  }

  async agencyNames(tenantId: string, agencyIds: readonly string[], date: LocalDate): Promise<Map<string, string>> {
    const ids = uuids(agencyIds);
    const names = new Map<string, string>();
    if (!TenantId.is(tenantId) || ids.length === 0) return names;
    const book = await this.db.readAs(scopeFor(tenantId), (tx) => AgencyBook.load(tx, tenantId));
    const known = new Set(book.all().map((row) => row.agency_id));
    for (const agencyId of ids) if (known.has(agencyId)) names.set(agencyId, book.nameOn(agencyId, date));
    return keyedAsAsked(names, agencyIds);
  }

  async committeeName(tenantId: string, date: LocalDate): Promise<string | null> {
    if (!TenantId.is(tenantId)) return null;
    const [committee] = await this.db.readAs(scopeFor(tenantId), (tx) =>
      tx.query<{ name: string | null }>(
        `SELECT (SELECT f.value FROM membership_committee_facts f
                 WHERE f.tenant_id = c.tenant_id AND f.committee_id = c.committee_id AND f.kind = 'name' AND f.effective_on <= $2::date
                 ORDER BY f.effective_on DESC LIMIT 1) AS name
         FROM membership_committees c
         WHERE c.tenant_id = $1 AND c.established_on <= $2::date AND (c.dissolved_on IS NULL OR c.dissolved_on > $2::date)
           AND EXISTS (SELECT 1 FROM membership_members m
                       WHERE m.tenant_id = c.tenant_id AND m.committee_id = c.committee_id
                         AND m.appointed_on <= $2::date AND (m.ended_on IS NULL OR m.ended_on > $2::date))
         ORDER BY c.established_on, c.committee_id LIMIT 1`,
        [tenantId, date],
      ),
    );
    return committee?.name ?? null;
  }
}

function scopeFor(tenantId: string): TenantScope {
  return currentRequestContext()?.scope ?? { platform: false, tenantIds: [tenantId] };
}

/** The asked ids that can name something (UUIDs), lowercased as the read model holds them, once each. */
function uuids(ids: readonly string[]): string[] {
  return [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
}

/** The answer keyed by the ids as the caller wrote them (an id asked in capitals finds its entry). */
function keyedAsAsked<V>(found: Map<string, V>, asked: readonly string[]): Map<string, V> {
  const answer = new Map<string, V>();
  for (const id of asked) {
    const value = isUuid(id) ? found.get(id.toLowerCase()) : undefined;
    if (value !== undefined) answer.set(id, value);
  }
  return answer;
}
