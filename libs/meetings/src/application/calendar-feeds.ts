// Per-user secret URLs of a tenant's meeting calendar: calendar clients cannot send a bearer token, so the
// URL itself is the credential. The secret (32 random bytes, base64url) is shown once, when issued; only
// its SHA-256 is kept (`meetings_calendar_feeds`), one per user and tenant, so issuing again rotates it
// and the old URL stops working at once, as does revoking. A feed answers only while its user still holds
// a role in the tenant (the access directory, read on every fetch) and the tenant is active.
import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ACCESS_DIRECTORY, PLATFORM_SCOPE, type AccessDirectory } from '@bcd/auth';
import { NotFound } from '@bcd/kernel';
import { ReadModelDatabase } from '@bcd/service-host';
import { meetingsCalendar } from '../calendar/meetings.ical.js';
import { meetingsOf } from '../read-model/meetings.query.js';

/** Where a feed is served: the secret is the last segment. */
export const FEED_PATH = '/api/calendar/meetings';

const hash = (secret: string) => createHash('sha256').update(secret).digest('hex');

@Injectable()
export class CalendarFeeds {
  constructor(
    private readonly db: ReadModelDatabase,
    @Inject(ACCESS_DIRECTORY) private readonly access: AccessDirectory,
  ) {}

  /** A new secret for the user's feed of the tenant; any earlier one stops working. */
  async issue(tenant: string, userId: string, at: Date): Promise<{ url: string; issuedAt: string }> {
    const secret = randomBytes(32).toString('base64url');
    await this.db.writeFor(tenant, (tx) =>
      tx.query(
        `INSERT INTO meetings_calendar_feeds (tenant_id, user_id, secret_hash, issued_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (tenant_id, user_id) DO UPDATE SET secret_hash = EXCLUDED.secret_hash, issued_at = EXCLUDED.issued_at`,
        [tenant, userId, hash(secret), at.toISOString()],
      ),
    );
    return { url: `${FEED_PATH}/${secret}.ics`, issuedAt: at.toISOString() };
  }

  /** The user's feed of the tenant stops working; safe to repeat. */
  async revoke(tenant: string, userId: string): Promise<void> {
    await this.db.writeFor(tenant, (tx) => tx.query(`DELETE FROM meetings_calendar_feeds WHERE tenant_id = $1 AND user_id = $2`, [tenant, userId]));
  }

  /** The feed a secret opens; 404 (nothing said about why) for an unknown, rotated or revoked secret, or a user who lost their role. */
  async feed(secret: string, now: Date): Promise<string> {
    const [row] = await this.db.readAs(PLATFORM_SCOPE, (tx) =>
      tx.query<{ tenant_id: string; user_id: string }>(`SELECT tenant_id, user_id FROM meetings_calendar_feeds WHERE secret_hash = $1`, [hash(secret)]),
    );
    if (!row) throw new NotFound('Calendar feed');
    const [user, tenant] = await Promise.all([this.access.findUser(row.user_id), this.access.findTenant(row.tenant_id)]);
    const allowed = user !== undefined && !user.disabled && (user.platformRoles.length > 0 || (user.tenantRoles[row.tenant_id] ?? []).length > 0);
    if (!allowed || tenant?.status !== 'active') throw new NotFound('Calendar feed');
    const meetings = await this.db.readAs({ platform: false, tenantIds: [row.tenant_id] }, (tx) => meetingsOf(tx, row.tenant_id));
    return meetingsCalendar(meetings, { tenantName: tenant.name ?? row.tenant_id, generatedAt: now });
  }
}
