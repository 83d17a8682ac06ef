// The personal-data store: the one place a person's name, e-mail and phone number live (table
// membership_personal_data), referenced by the person id from events and read models, written in the
// tenant's row-level security scope. Erasing a person deletes their row, and the host's idempotency
// records whose request or answer mentioned them (IdempotencyStore.forget), so that no read model, API
// answer or stored request keeps them; the events never held them. See README "Personal data".
import { Injectable } from '@nestjs/common';
import type { SqlQueryable } from '@bcd/event-store';
import { IdempotencyStore, ReadModelDatabase } from '@bcd/service-host';
import { PERSONAL_DATA_FIELDS, type PersonalDataField } from '../domain/person/person.js';

export interface PersonalData {
  fullName: string;
  email: string | null;
  phone: string | null;
}

@Injectable()
export class PersonalDataStore {
  constructor(
    private readonly db: ReadModelDatabase,
    private readonly idempotency: IdempotencyStore,
  ) {}

  async get(tenant: string, personId: string): Promise<PersonalData | undefined> {
    const [row] = await this.db.readAs({ platform: false, tenantIds: [tenant] }, (tx) =>
      tx.query<{ full_name: string; email: string | null; phone: string | null }>(
        `SELECT full_name, email, phone FROM membership_personal_data WHERE tenant_id = $1 AND person_id = $2`,
        [tenant, personId],
      ),
    );
    return row && { fullName: row.full_name, email: row.email, phone: row.phone };
  }

  /** Writes in `sql`: the transaction of the event that accounts for the data (CommandRunner `alsoWrite`), scoped to the tenant. */
  async put(sql: SqlQueryable, tenant: string, personId: string, data: PersonalData, at: Date): Promise<void> {
    await sql.query(
      `INSERT INTO membership_personal_data (tenant_id, person_id, full_name, email, phone, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (tenant_id, person_id) DO UPDATE SET full_name = EXCLUDED.full_name, email = EXCLUDED.email, phone = EXCLUDED.phone, updated_at = EXCLUDED.updated_at`,
      [tenant, personId, data.fullName, data.email, data.phone, at.toISOString()],
    );
  }

  /** Deletes the person's personal data and every idempotency record mentioning them. Safe to repeat. */
  async erase(tenant: string, personId: string): Promise<void> {
    await this.db.writeFor(tenant, (tx) => tx.query(`DELETE FROM membership_personal_data WHERE tenant_id = $1 AND person_id = $2`, [tenant, personId]));
    await this.idempotency.forget(tenant, personId);
  }
}

/** The fields whose values differ. */
export function changedFields(before: PersonalData | undefined, after: PersonalData): PersonalDataField[] {
  if (!before) return [...PERSONAL_DATA_FIELDS];
  return PERSONAL_DATA_FIELDS.filter((field) => before[field] !== after[field]);
}
