import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@bcd/kernel';
import type { SqlQueryable } from '@bcd/event-store';
import { ReadModelDatabase } from '@bcd/service-host';

/**
 * Password hashes, one row per user, outside the event log (libs/tenancy/README.md "Passwords").
 * Written in the transaction of the event that justifies it (UserCreated, PasswordReset): both are
 * stored or neither is.
 */
@Injectable()
export class CredentialStore {
  constructor(
    private readonly db: ReadModelDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** In `sql`: the transaction of the event that justifies it (CommandRunner `atomically` / `alsoWrite`). */
  async set(sql: SqlQueryable, userId: string, passwordHash: string): Promise<void> {
    await sql.query(
      `INSERT INTO tenancy_credentials (user_id, password_hash, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET password_hash = excluded.password_hash, updated_at = excluded.updated_at`,
      [userId, passwordHash, this.clock.now().toISOString()],
    );
  }

  async get(userId: string): Promise<string | undefined> {
    const [row] = await this.db.executor.query<{ password_hash: string }>(`SELECT password_hash FROM tenancy_credentials WHERE user_id = $1`, [userId]);
    return row?.password_hash;
  }
}
