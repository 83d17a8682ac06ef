// The whole host on a real embedded store (PGlite in a temp dir): a test-only context module
// appends through EVENT_STORE, and the test follows one request's correlation id into the
// response, the stored event's metadata, the logs and the metrics; then shuts the app down.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Body, Controller, Inject, Logger, Module, Param, Post } from '@nestjs/common';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppendResult, ExpectedVersion } from '@bcd/kernel';
import { createEventStore, type EventStore } from '@bcd/event-store';
import { currentRequestContext, Public } from '@bcd/auth';
import { EVENT_STORE } from '@bcd/service-host';
import { startApp } from './testing/http.js';
import { LogCapture } from './testing/log-capture.js';
import { testConfig } from './testing/test-config.js';

const TENANT = 'tenant-hn';
const streamOf = (noteId: string) => `test-note-${TENANT}-${noteId}`;

class RecordNote {
  constructor(
    readonly noteId: string,
    readonly text: string,
    readonly expectedVersion: ExpectedVersion,
    readonly eventId?: string,
  ) {}
}

@CommandHandler(RecordNote)
class RecordNoteHandler implements ICommandHandler<RecordNote, AppendResult> {
  private readonly logger = new Logger(RecordNoteHandler.name);

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute(command: RecordNote): Promise<AppendResult> {
    this.logger.log(`recording note ${command.noteId}`);
    return this.store.appendToStream(
      TENANT,
      streamOf(command.noteId),
      [{ eventId: command.eventId, type: 'test.NoteRecorded', data: { text: command.text } }],
      { expectedVersion: command.expectedVersion },
    );
  }
}

interface RecordNoteBody {
  text: string;
  expectedVersion?: ExpectedVersion;
  eventId?: string;
}

// Public: this test is about the host (correlation, metrics, shutdown), not about authentication.
@Public()
@Controller('api/test/notes')
class NotesController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id')
  async record(@Param('id') id: string, @Body() body: RecordNoteBody): Promise<{ nextExpectedVersion: number }> {
    // What the auth guard will do once it exists: put the caller into the request context.
    currentRequestContext()!.actor = { userId: 'user-7', role: 'secretariat' };
    const result = await this.commandBus.execute<RecordNote, AppendResult>(
      new RecordNote(id, body.text, body.expectedVersion ?? 'any', body.eventId),
    );
    return { nextExpectedVersion: result.nextExpectedVersion };
  }
}

@Module({ controllers: [NotesController], providers: [RecordNoteHandler] })
class NotesTestModule {}

describe('platform host on PGlite', () => {
  let dataDir: string;
  let app: NestFastifyApplication;
  let inject: Awaited<ReturnType<typeof startApp>>['inject'];
  let store: EventStore;
  let closed = false;
  const logs = new LogCapture();

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'bcd-platform-'));
    ({ app, inject } = await startApp(testConfig({ DATA_DIR: dataDir }), { logStream: logs, imports: [NotesTestModule], contexts: [] }));
    store = app.get<EventStore>(EVENT_STORE);
  });

  afterAll(async () => {
    if (!closed) await app.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const postNote = (id: string, body: RecordNoteBody, headers: Record<string, string> = {}) =>
    inject({ method: 'POST', url: `/api/test/notes/${id}`, payload: body, headers });

  it('echoes the correlation id and writes it, with the actor, into the event metadata', async () => {
    const response = await postNote('n-1', { text: 'first' }, { 'x-correlation-id': 'corr-e2e-1' });
    expect(response.statusCode).toBe(201);
    expect(response.headers['x-correlation-id']).toBe('corr-e2e-1');

    const [event] = await store.readStream(TENANT, streamOf('n-1'));
    expect(event.metadata).toEqual({ correlationId: 'corr-e2e-1', actor: { userId: 'user-7', role: 'secretariat' } });
  });

  it('makes up a correlation id when the caller sends none (or an unusable one)', async () => {
    const response = await postNote('n-2', { text: 'second' }, { 'x-correlation-id': 'bad id with spaces' });
    const generated = response.headers['x-correlation-id'] as string;
    expect(generated).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);
    const [event] = await store.readStream(TENANT, streamOf('n-2'));
    expect(event.metadata.correlationId).toBe(generated);
  });

  it("puts the correlation id into every log line of the request, the command handler's included", () => {
    const lines = logs.withCorrelationId('corr-e2e-1');
    expect(lines.map((line) => line.msg)).toEqual(['incoming request', 'recording note n-1', 'request completed']);
    expect(lines[1]).toMatchObject({ context: 'RecordNoteHandler', level: 'info' });
  });

  it('never logs request bodies or Authorization headers', async () => {
    await postNote('n-3', { text: 'confidential minutes' }, { authorization: 'Bearer super-secret-token', 'x-correlation-id': 'corr-secret' });
    expect(logs.withCorrelationId('corr-secret').length).toBeGreaterThan(0);
    const everything = logs.raw.join('\n');
    expect(everything).not.toContain('super-secret-token');
    expect(everything).not.toContain('confidential minutes');
  });

  it('answers a concurrency conflict with a 409 problem', async () => {
    const response = await postNote('n-1', { text: 'stale', expectedVersion: 'no_stream' }, { 'x-correlation-id': 'corr-409' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ type: 'concurrency-conflict', status: 409, correlationId: 'corr-409' });
  });

  it('counts HTTP requests by route template and event-store appends, replays and conflicts', async () => {
    const eventId = '01a20190-0000-7000-8000-000000000001';
    expect((await postNote('n-4', { text: 'once', eventId })).statusCode).toBe(201);
    expect((await postNote('n-4', { text: 'once', eventId })).statusCode).toBe(201); // idempotent replay
    const idempotency = await postNote('n-4', { text: 'changed', eventId });
    expect(idempotency.statusCode).toBe(409);
    expect(idempotency.json()).toMatchObject({ type: 'idempotency-conflict' });
    await inject({ method: 'GET', url: '/no/such/page/123' });

    const response = await inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = response.body;
    // n-1, n-2, n-3, n-4 written; n-4 replayed; one concurrency and one idempotency conflict.
    expect(text).toContain('http_requests_total{method="POST",route="/api/test/notes/:id",status="201"} 5');
    expect(text).toContain('http_requests_total{method="POST",route="/api/test/notes/:id",status="409"} 2');
    expect(text).toContain('http_requests_total{method="GET",route="(unmatched)",status="404"} 1');
    expect(text).toMatch(/http_request_duration_seconds_count\{method="POST",route="\/api\/test\/notes\/:id",status="201"\} 5/);
    expect(text).toContain('event_store_appends_total 4');
    expect(text).toContain('event_store_events_appended_total 4');
    expect(text).toContain('event_store_idempotent_replays_total 1');
    expect(text).toContain('event_store_conflicts_total{kind="concurrency"} 1');
    expect(text).toContain('event_store_conflicts_total{kind="idempotency"} 1');
    expect(text).toContain('event_store_append_duration_seconds_count{outcome="written"} 4');
    expect(text).toContain('process_cpu_seconds_total');
  });

  it('closes the store on app.close(), after the in-flight append has completed', async () => {
    const order: string[] = [];
    const events = Array.from({ length: 1000 }, (_, i) => ({ type: 'test.NoteRecorded', data: { text: `bulk ${i}` } }));
    const pending = store.appendToStream(TENANT, streamOf('bulk'), events, { expectedVersion: 'no_stream' });
    void pending.then(() => order.push('append completed'));

    await app.close();
    closed = true;
    order.push('app closed');

    expect(order).toEqual(['append completed', 'app closed']);
    await expect(pending).resolves.toMatchObject({ nextExpectedVersion: 1000, alreadyStored: false });
    await expect(store.ping()).rejects.toThrow();

    // Durable: a fresh store on the same directory sees every event.
    const reopened = await createEventStore({ dataDir });
    try {
      expect(await reopened.readStream(TENANT, streamOf('bulk'))).toHaveLength(1000);
    } finally {
      await reopened.close();
    }
  });
});
