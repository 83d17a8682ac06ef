// The files distributed with meetings, stored by content (SHA-256, hex) per tenant in `meetings_files`:
// the secretariat uploads a file under its hash (the server checks the bytes hash to it), a distribution
// names the hash, and the file is served only through the authorised route of a document that names it —
// there is no public or guessable URL. Uploading the same bytes twice stores them once.
import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ValidationFailed } from '@bcd/kernel';
import { ReadModelDatabase } from '@bcd/service-host';

export interface StoredFile {
  contentHash: string;
  mediaType: string;
  sizeBytes: number;
  storedAt: string;
}

/** The largest file the platform keeps (a meeting's documents are PDFs and office files). */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

@Injectable()
export class MeetingFiles {
  constructor(private readonly db: ReadModelDatabase) {}

  /** Stores `content` under `contentHash` (400 when the bytes do not hash to it); the same bytes again change nothing. */
  async put(tenant: string, contentHash: string, mediaType: string, content: Buffer, at: Date): Promise<StoredFile> {
    if (content.length === 0) throw new ValidationFailed([{ path: 'body', message: 'must not be empty' }]);
    const actual = createHash('sha256').update(content).digest('hex');
    if (actual !== contentHash) throw new ValidationFailed([{ path: 'contentHash', message: 'must be the SHA-256 (hex) of the uploaded bytes' }]);
    await this.db.writeFor(tenant, (tx) =>
      tx.query(
        `INSERT INTO meetings_files (tenant_id, content_hash, media_type, size_bytes, content, stored_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [tenant, contentHash, mediaType, content.length, content, at.toISOString()],
      ),
    );
    return (await this.find(tenant, contentHash)) as StoredFile;
  }

  /** The file's description, without its bytes; undefined when the tenant stored no such file. */
  async find(tenant: string, contentHash: string): Promise<StoredFile | undefined> {
    const [row] = await this.db.readAs({ platform: false, tenantIds: [tenant] }, (tx) =>
      tx.query<{ media_type: string; size_bytes: number; stored_at: Date | string }>(
        `SELECT media_type, size_bytes, stored_at FROM meetings_files WHERE tenant_id = $1 AND content_hash = $2`,
        [tenant, contentHash],
      ),
    );
    return row && { contentHash, mediaType: row.media_type, sizeBytes: row.size_bytes, storedAt: new Date(row.stored_at).toISOString() };
  }

  /** The bytes, read in the request's scope; undefined when there are none. */
  async content(tenant: string, contentHash: string): Promise<{ mediaType: string; content: Buffer } | undefined> {
    const [row] = await this.db.read((tx) =>
      tx.query<{ media_type: string; content: Uint8Array }>(`SELECT media_type, content FROM meetings_files WHERE tenant_id = $1 AND content_hash = $2`, [tenant, contentHash]),
    );
    return row && { mediaType: row.media_type, content: Buffer.from(row.content) };
  }
}
