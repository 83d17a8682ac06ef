// The personal-data store: the one place a person's name, e-mail and phone number live (table
// membership_personal_data), referenced by the person id from events and read models. Erasing a person
// deletes their row, and the idempotency records whose request or answer mentioned them, so that no
// read model, API answer or stored request keeps them; the events never held them. See README "Personal data".
import { Injectable } from '@nestjs/common';
import { setTenantScope } from '@bcd/auth';
import type { PersonalDataField } from '../domain/person.js';
import { MembershipProjection } from './membership-projection.js';

export interface PersonalData {
  fullName: string;
  email: string | null;
  phone: string | null;
}

@Injectable()
export class PersonalDataStore {
  constructor(private readonly projection: MembershipProjection) {}

  async get(tenant: string, personId: string): Promise<PersonalData | undefined> {
    return this.projection.executor.transaction(async (tx) => {
      await setTenantScope(tx, { platform: false, tenantIds: [tenant] });
      const [row] = await tx.query<{ full_name: string; email: string | null; phone: string | null }>(
        `SELECT full_name, email, phone FROM membership_personal_data WHERE tenant_id = $1 AND person_id = $2`,
        [tenant, personId],
      );
      return row && { fullName: row.full_name, email: row.email, phone: row.phone };
    });
  }

  async put(tenant: string, personId: string, data: PersonalData, now: Date): Promise<void> {
    await this.projection.executor.transaction(async (tx) => {
      await setTenantScope(tx, { platform: false, tenantIds: [tenant] });
      await tx.query(
        `INSERT INTO membership_personal_data (tenant_id, person_id, full_name, email, phone, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (tenant_id, person_id) DO UPDATE SET full_name = EXCLUDED.full_name, email = EXCLUDED.email, phone = EXCLUDED.phone, updated_at = EXCLUDED.updated_at`,
        [tenant, personId, data.fullName, data.email, data.phone, now.toISOString()],
      );
    });
  }

  /** Deletes the person's personal data and every idempotency record naming them. Safe to repeat. */
  async erase(tenant: string, personId: string): Promise<void> {
    await this.projection.executor.transaction(async (tx) => {
      await setTenantScope(tx, { platform: false, tenantIds: [tenant] });
      await tx.query(`DELETE FROM membership_personal_data WHERE tenant_id = $1 AND person_id = $2`, [tenant, personId]);
      await tx.query(`DELETE FROM membership_idempotency WHERE tenant_id = $1 AND $2::uuid = ANY (person_ids)`, [tenant, personId]);
    });
  }
}

/** The fields whose values differ. */
export function changedFields(before: PersonalData | undefined, after: PersonalData): PersonalDataField[] {
  if (!before) return ['fullName', 'email', 'phone'];
  return (['fullName', 'email', 'phone'] as const).filter((field) => before[field] !== after[field]);
}
