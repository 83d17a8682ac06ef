import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@bcd/kernel';
import { ReadModelDatabase } from '@bcd/service-host';

/**
 * Password hashes, one row per user, outside the event log (libs/tenancy/README.md "Passwords").
 * Written after the event that justifies it (UserCreated, PasswordReset): a failure in between
 * leaves a user who cannot log in until a reset, never a password changed without an event.
 */
@Injectable()
export class CredentialStore {
  constructor(
    private readonly db: ReadModelDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async set(userId: string, passwordHash: string): Promise<void> {
    await this.db.executor.query(
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
