// Files a context keeps (a meeting's documents, a report's attachments), stored by content (SHA-256, hex)
// per tenant in the context's own table (`<context>_files`: tenant_id, content_hash, media_type, size_bytes,
// content, stored_at; row-level security by tenant): uploaded under their hash (the bytes are checked to
// hash to it), named by a fact that refers to them, and served only through the authorised route of that
// fact — never a public or guessable URL. The same bytes uploaded twice are stored once. Written once here;
// each context names its table.
import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ValidationFailed } from '@bcd/kernel';
import { ReadModelDatabase } from '../read-models/read-model-database.js';

export interface StoredFile {
  contentHash: string;
  mediaType: string;
  sizeBytes: number;
  storedAt: string;
}

@Injectable()
export abstract class FileStore {
  /** The context's table (`meetings_files`). */
  protected abstract readonly table: string;

  constructor(private readonly db: ReadModelDatabase) {}

  /** Stores `content` under `contentHash` (400 when the bytes do not hash to it); the same bytes again change nothing. */
  async put(tenant: string, contentHash: string, mediaType: string, content: Buffer, at: Date): Promise<StoredFile> {
    if (content.length === 0) throw new ValidationFailed([{ path: 'body', message: 'must not be empty' }]);
    const actual = createHash('sha256').update(content).digest('hex');
    if (actual !== contentHash) throw new ValidationFailed([{ path: 'contentHash', message: 'must be the SHA-256 (hex) of the uploaded bytes' }]);
    await this.db.writeFor(tenant, (tx) =>
      tx.query(
        `INSERT INTO ${this.table} (tenant_id, content_hash, media_type, size_bytes, content, stored_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [tenant, contentHash, mediaType, content.length, content, at.toISOString()],
      ),
    );
    return (await this.find(tenant, contentHash)) as StoredFile;
  }

  /** The file's description, without its bytes; undefined when the tenant stored no such file. */
  async find(tenant: string, contentHash: string): Promise<StoredFile | undefined> {
    const [row] = await this.db.readAs({ platform: false, tenantIds: [tenant] }, (tx) =>
      tx.query<{ media_type: string; size_bytes: number; stored_at: Date | string }>(
        `SELECT media_type, size_bytes, stored_at FROM ${this.table} WHERE tenant_id = $1 AND content_hash = $2`,
        [tenant, contentHash],
      ),
    );
    return row && { contentHash, mediaType: row.media_type, sizeBytes: row.size_bytes, storedAt: new Date(row.stored_at).toISOString() };
  }

  /** The bytes, read in the request's scope; undefined when there are none. */
  async content(tenant: string, contentHash: string): Promise<{ mediaType: string; content: Buffer } | undefined> {
    const [row] = await this.db.read((tx) =>
      tx.query<{ media_type: string; content: Uint8Array }>(`SELECT media_type, content FROM ${this.table} WHERE tenant_id = $1 AND content_hash = $2`, [tenant, contentHash]),
    );
    return row && { mediaType: row.media_type, content: Buffer.from(row.content) };
  }
}
