// The CommandRunner on a real store (PGlite, and PostgreSQL when TEST_DATABASE_URL is set), with a
// tiny aggregate of its own (a tally: opened once, then marked): the runner makes the time and the
// ids, refuses commands on a tenant that is unknown or merged (never checking `platform`), appends
// with the version it read (a concurrent write is decided again; an If-Match version is never
// retried), dates the events with the aggregate's occurredAt, and returns only once the read model
// of the aggregate's namespace holds the new events (read-your-writes).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { jest } from '@jest/globals';
import { Test, type TestingModule } from '@nestjs/testing';
import {
  CLOCK,
  ConcurrencyConflict,
  defineAggregate,
  fixedClock,
  isUuidV7,
  NotFound,
  RuleViolation,
  type Command,
  type CommandInput,
  type Decider,
  type DomainEvent,
  type NewEvent,
  type StreamStore,
} from '@bcd/kernel';
import type { PostgresEventStore } from '@bcd/event-store';
import { ACCESS_DIRECTORY, TENANT_MERGED_RULE, type AccessDirectory, type DirectoryTenant } from '@bcd/auth';
import { EVENT_STORE, PROJECTION_HOST } from '../event-store.module.js';
import { defineProjection } from '../read-models/projection.js';
import { readModelProvider, ReadModels } from '../read-models/read-models.js';
import { describeOnEveryDatabase, uniqueTenant } from '../testing/index.js';
import { CommandRunner, type CommandContext } from './command-runner.js';

// ---- a tiny aggregate: a tally, opened once (possibly back-dated), then marked ----

type TallyOpened = DomainEvent<'TallyOpened', { tallyId: string; label: string; decidedAt: string }>;
type TallyMarked = DomainEvent<'TallyMarked', { markId: string }>;
type TallyEvent = TallyOpened | TallyMarked;
type OpenTally = Command<'OpenTally', { tallyId: string; label: string; openedOn?: string }>;
type MarkTally = Command<'MarkTally', { markId: string }>;
type TallyCommand = OpenTally | MarkTally;
interface Tally {
  opened: boolean;
  marks: string[];
}

const tallyDecider: Decider<TallyCommand, TallyEvent, Tally> = {
  initialState: () => ({ opened: false, marks: [] }),
  evolve: (state, event) =>
    event.type === 'TallyOpened' ? { ...state, opened: true } : { ...state, marks: [...state.marks, event.data.markId] },
  decide: (command, state) => {
    switch (command.type) {
      case 'OpenTally':
        if (state.opened) throw new RuleViolation('KIT-tally-open', 'test', 'The tally is already open');
        return [{ type: 'TallyOpened', data: { tallyId: command.data.tallyId, label: command.data.label, decidedAt: command.metadata.now.toISOString() } }];
      case 'MarkTally':
        if (!state.opened) throw new RuleViolation('KIT-tally-not-open', 'test', 'Open the tally first');
        return state.marks.includes(command.data.markId) ? [] : [{ type: 'TallyMarked', data: { markId: command.data.markId } }];
      default: {
        const unknown: never = command;
        throw new Error(`unknown command ${JSON.stringify(unknown)}`);
      }
    }
  },
};

const tallyAggregate = defineAggregate({
  name: 'tally',
  namespace: 'kitrun',
  decider: tallyDecider,
  streamId: (tenantId, id) => `kitrun-tally-${tenantId}-${id}`,
  occurredAt: (command: TallyCommand) =>
    command.type === 'OpenTally' && command.data.openedOn !== undefined ? new Date(`${command.data.openedOn}T00:00:00+07:00`) : command.metadata.now,
});

const open = (label: string, openedOn?: string) => ({ id }: CommandContext): CommandInput<OpenTally> => ({
  type: 'OpenTally',
  data: { tallyId: id, label, ...(openedOn === undefined ? {} : { openedOn }) },
});
const mark = (markId: string) => (): CommandInput<MarkTally> => ({ type: 'MarkTally', data: { markId } });

// ---- its read model: one row per tally; slow on purpose for a tally labelled `slow …`, so that only
// waiting for the read model finds its row ----

const TABLE = 'kit_runner_tallies';
const PROJECTION_DELAY_MS = 150;
const migrationsDir = mkdtempSync(join(tmpdir(), 'kit-runner-'));
writeFileSync(
  join(migrationsDir, '0001_tallies.sql'),
  `CREATE TABLE ${TABLE} (tenant_id text NOT NULL, tally_id text NOT NULL, label text NOT NULL, marks integer NOT NULL DEFAULT 0, PRIMARY KEY (tenant_id, tally_id));
`,
);

const tallyProjection = defineProjection<TallyEvent>({
  context: 'kit runner test',
  projectionId: 'kit-runner-spec',
  namespace: 'kitrun',
  migrations: { dir: migrationsDir, table: 'kit_runner_schema_migrations' },
  handlers: {
    async TallyOpened(tx, { tallyId, label }, recorded) {
      if (label.startsWith('slow')) await sleep(PROJECTION_DELAY_MS);
      await tx.query(`INSERT INTO ${TABLE} (tenant_id, tally_id, label) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [recorded.tenantId, tallyId, label]);
    },
    async TallyMarked(tx, { markId }, recorded) {
      if (markId.startsWith('slow')) await sleep(PROJECTION_DELAY_MS);
      await tx.query(`UPDATE ${TABLE} SET marks = marks + 1 WHERE tenant_id = $1 AND tally_id = $2`, [
        recorded.tenantId,
        recorded.streamId.slice(`kitrun-tally-${recorded.tenantId}-`.length),
      ]);
    },
  },
});

afterAll(() => rmSync(migrationsDir, { recursive: true, force: true }));

// ---- the store the runner writes to: the real one, with room for another writer to get in first ----

class RacingStore implements StreamStore {
  /** Runs once, just before the runner's next append: another writer's append. */
  private interference: (() => Promise<void>) | undefined;
  appends = 0;

  constructor(private readonly inner: () => PostgresEventStore) {}

  beforeNextAppend(work: () => Promise<void>): void {
    this.interference = work;
  }

  readStream: StreamStore['readStream'] = (tenantId, streamId, options) => this.inner().readStream(tenantId, streamId, options);

  appendToStream: StreamStore['appendToStream'] = async (tenantId, streamId, events, options) => {
    this.appends += 1;
    const interference = this.interference;
    this.interference = undefined;
    if (interference) await interference();
    return this.inner().appendToStream(tenantId, streamId, events, options);
  };
}

describeOnEveryDatabase('CommandRunner', (db) => {
  const clock = fixedClock('2025-07-15T02:00:00.000Z');
  const tenants = new Map<string, DirectoryTenant>();
  const findTenant = jest.fn(async (code: string) => tenants.get(code));
  const directory: AccessDirectory = { findUser: async () => undefined, findTenant, activeTenants: async () => [] };
  const store = new RacingStore(() => db.store);
  let moduleRef: TestingModule;
  let runner: CommandRunner;

  const activeTenant = (): string => {
    const code = uniqueTenant('run');
    tenants.set(code, { tenantId: code, status: 'active', predecessors: [] });
    return code;
  };
  const stream = (tenantId: string, id: string) => db.store.readStream(tenantId, tallyAggregate.streamId(tenantId, id));
  const eventsOf = async (tenantId: string) => (await db.store.readAll({ tenantId })).events;
  const rowOf = async (tenantId: string, id: string) =>
    db.store.executor.query<{ label: string; marks: number }>(`SELECT label, marks FROM ${TABLE} WHERE tenant_id = $1 AND tally_id = $2`, [tenantId, id]);
  const otherWriter = (tenantId: string, id: string, events: NewEvent[]) => () =>
    db.store.appendToStream(tenantId, tallyAggregate.streamId(tenantId, id), events).then(() => undefined);

  // In a describe of its own: its afterAll (the read model stops) runs before the store closes.
  describe('running commands', () => {
    beforeAll(async () => {
      moduleRef = await Test.createTestingModule({
        providers: [
          { provide: EVENT_STORE, useValue: store },
          { provide: PROJECTION_HOST, useValue: db.store },
          { provide: CLOCK, useValue: clock },
          { provide: ACCESS_DIRECTORY, useValue: directory },
          ReadModels,
          CommandRunner,
          readModelProvider(tallyProjection),
        ],
      }).compile();
      await moduleRef.init();
      runner = moduleRef.get(CommandRunner);
    });

    afterAll(async () => {
      await moduleRef?.close();
    });

    beforeEach(() => {
      findTenant.mockClear();
    });

    describe('time and ids', () => {
      it('gives a new instance a new UUIDv7, and the builder the clock\'s now and newId', async () => {
        const tenantId = activeTenant();
        const contexts: CommandContext[] = [];
        const outcome = await runner.run(tallyAggregate, { tenantId }, (context) => {
          contexts.push(context);
          return open('Tổ công tác')(context);
        });

        expect(isUuidV7(outcome.id)).toBe(true);
        expect(contexts).toHaveLength(1);
        const [context] = contexts;
        expect(context.id).toBe(outcome.id);
        expect(context.now).toEqual(clock.now());
        const made = [context.newId(), context.newId()];
        expect(made.every((id) => isUuidV7(id))).toBe(true);
        expect(new Set([...made, outcome.id]).size).toBe(3);
        expect(outcome).toEqual({
          id: outcome.id,
          command: { type: 'OpenTally', data: expect.objectContaining({ tallyId: outcome.id }), metadata: { now: new Date('2025-07-15T02:00:00.000Z') } },
          now: new Date('2025-07-15T02:00:00.000Z'),
          version: 1,
          state: { opened: true, marks: [] },
          events: [{ type: 'TallyOpened', data: { tallyId: outcome.id, label: 'Tổ công tác', decidedAt: '2025-07-15T02:00:00.000Z' } }],
        });
        const [stored] = await stream(tenantId, outcome.id);
        expect(stored).toMatchObject({ type: 'kitrun.TallyOpened', tenantId, streamId: `kitrun-tally-${tenantId}-${outcome.id}`, streamVersion: 1 });
      });

      it('a second run gets another id; a named instance keeps its id', async () => {
        const tenantId = activeTenant();
        const first = await runner.run(tallyAggregate, { tenantId }, open('one'));
        const second = await runner.run(tallyAggregate, { tenantId }, open('two'));
        expect(second.id).not.toBe(first.id);
        const marked = await runner.run(tallyAggregate, { tenantId, id: first.id }, mark('m1'));
        expect(marked).toMatchObject({ id: first.id, version: 2, state: { opened: true, marks: ['m1'] } });
      });

      it('puts the clock\'s now into the command\'s metadata (the time the decider sees)', async () => {
        const tenantId = activeTenant();
        clock.set('2025-08-01T03:04:05.000Z');
        try {
          const outcome = await runner.run(tallyAggregate, { tenantId }, open('later'));
          expect(outcome.events[0].data).toMatchObject({ decidedAt: '2025-08-01T03:04:05.000Z' });
        } finally {
          clock.set('2025-07-15T02:00:00.000Z');
        }
      });

      it('dates the events with the aggregate\'s occurredAt: the decision\'s now by default, else back-dated', async () => {
        const tenantId = activeTenant();
        const now = await runner.run(tallyAggregate, { tenantId }, open('today'));
        const backDated = await runner.run(tallyAggregate, { tenantId }, open('then', '2014-11-03'));
        const [nowEvent] = await stream(tenantId, now.id);
        const [backDatedEvent] = await stream(tenantId, backDated.id);
        expect(nowEvent.occurredAt).toEqual(new Date('2025-07-15T02:00:00.000Z'));
        expect(backDatedEvent.occurredAt).toEqual(new Date('2014-11-02T17:00:00.000Z'));
      });

      it('appends nothing and returns the current version when the command changes nothing', async () => {
        const tenantId = activeTenant();
        const { id } = await runner.run(tallyAggregate, { tenantId }, open('t'));
        await runner.run(tallyAggregate, { tenantId, id }, mark('same'));
        const again = await runner.run(tallyAggregate, { tenantId, id }, mark('same'));
        expect(again).toEqual({ id, command: expect.objectContaining({ type: 'MarkTally' }), now: expect.any(Date), version: 2, state: { opened: true, marks: ['same'] }, events: [] });
        expect(await stream(tenantId, id)).toHaveLength(2);
      });

      it('load folds an instance as its stream says now', async () => {
        const tenantId = activeTenant();
        const { id } = await runner.run(tallyAggregate, { tenantId }, open('t'));
        await runner.run(tallyAggregate, { tenantId, id }, mark('a'));
        expect(await runner.load(tallyAggregate, tenantId, id)).toEqual({ state: { opened: true, marks: ['a'] }, version: 2 });
        expect(await runner.load(tallyAggregate, tenantId, runner.newId())).toEqual({ state: { opened: false, marks: [] }, version: 0 });
      });
    });

    describe('concurrency', () => {
      it('refuses a stale expectedVersion (If-Match) with ConcurrencyConflict and appends nothing', async () => {
        const tenantId = activeTenant();
        const { id } = await runner.run(tallyAggregate, { tenantId }, open('t'));
        await runner.run(tallyAggregate, { tenantId, id }, mark('a'));
        const appendsBefore = store.appends;

        await expect(runner.run(tallyAggregate, { tenantId, id, expectedVersion: 1 }, mark('b'))).rejects.toBeInstanceOf(ConcurrencyConflict);
        expect(store.appends).toBe(appendsBefore);
        expect(await stream(tenantId, id)).toHaveLength(2);

        // the current version is accepted
        expect((await runner.run(tallyAggregate, { tenantId, id, expectedVersion: 2 }, mark('b'))).version).toBe(3);
      });

      it('decides again on the fresh stream when another writer got in first (no expectedVersion)', async () => {
        const tenantId = activeTenant();
        const { id } = await runner.run(tallyAggregate, { tenantId }, open('t'));
        store.beforeNextAppend(otherWriter(tenantId, id, [{ type: 'kitrun.TallyMarked', data: { markId: 'theirs' } }]));

        const outcome = await runner.run(tallyAggregate, { tenantId, id }, mark('ours'));

        expect(outcome).toMatchObject({ version: 3, state: { opened: true, marks: ['theirs', 'ours'] }, events: [{ type: 'TallyMarked', data: { markId: 'ours' } }] });
        expect((await stream(tenantId, id)).map((e) => e.data)).toEqual([expect.objectContaining({ label: 't' }), { markId: 'theirs' }, { markId: 'ours' }]);
      });

      it('never retries when the caller named the version (If-Match): the other writer\'s event stays alone', async () => {
        const tenantId = activeTenant();
        const { id } = await runner.run(tallyAggregate, { tenantId }, open('t'));
        store.beforeNextAppend(otherWriter(tenantId, id, [{ type: 'kitrun.TallyMarked', data: { markId: 'theirs' } }]));

        await expect(runner.run(tallyAggregate, { tenantId, id, expectedVersion: 1 }, mark('ours'))).rejects.toBeInstanceOf(ConcurrencyConflict);
        expect((await stream(tenantId, id)).map((e) => e.data)).toEqual([expect.objectContaining({ label: 't' }), { markId: 'theirs' }]);
      });
    });

    describe('the tenant', () => {
      it('refuses any command in a merged tenant (TENANCY-tenant-merged), before making ids or appending', async () => {
        const code = uniqueTenant('merged');
        const successor = activeTenant();
        tenants.set(code, { tenantId: code, status: 'merged', successor, predecessors: [] });
        const build = jest.fn(open('t'));

        const error = await runner.run(tallyAggregate, { tenantId: code }, build).catch((e: unknown) => e);

        expect(error).toBeInstanceOf(RuleViolation);
        expect(error).toMatchObject({ rule: TENANT_MERGED_RULE, code: 'rule-violation' });
        expect((error as RuleViolation).message).toContain(successor);
        expect(build).not.toHaveBeenCalled();
        expect(await eventsOf(code)).toEqual([]);
      });

      it('refuses a command in a tenant the directory does not know with NotFound', async () => {
        const code = uniqueTenant('unknown');
        const build = jest.fn(open('t'));
        await expect(runner.run(tallyAggregate, { tenantId: code }, build)).rejects.toBeInstanceOf(NotFound);
        expect(build).not.toHaveBeenCalled();
        expect(await eventsOf(code)).toEqual([]);
      });

      it('checks the tenant on every command, so a tenant merged meanwhile is closed at once', async () => {
        const tenantId = activeTenant();
        const { id } = await runner.run(tallyAggregate, { tenantId }, open('t'));
        tenants.set(tenantId, { tenantId, status: 'merged', successor: activeTenant(), predecessors: [] });
        await expect(runner.run(tallyAggregate, { tenantId, id }, mark('late'))).rejects.toMatchObject({ rule: TENANT_MERGED_RULE });
        expect(await stream(tenantId, id)).toHaveLength(1);
        expect(findTenant).toHaveBeenCalledWith(tenantId);
      });

      it('never checks `platform`: platform-level facts are recorded whatever the directory says', async () => {
        const outcome = await runner.run(tallyAggregate, { tenantId: 'platform' }, open('platform-level'));
        expect(outcome.version).toBe(1);
        expect(findTenant).not.toHaveBeenCalled();
      });
    });

    describe('read-your-writes', () => {
      it('returns once the read model of the aggregate\'s namespace holds the new events', async () => {
        const tenantId = activeTenant();
        const { id } = await runner.run(tallyAggregate, { tenantId }, open('slow: Ban Chỉ đạo'));
        expect(await rowOf(tenantId, id)).toEqual([{ label: 'slow: Ban Chỉ đạo', marks: 0 }]);

        await runner.run(tallyAggregate, { tenantId, id }, mark('slow mark'));
        expect(await rowOf(tenantId, id)).toEqual([{ label: 'slow: Ban Chỉ đạo', marks: 1 }]);
      });

      it('the control: an event appended without the runner is not in the read model at once', async () => {
        const tenantId = activeTenant();
        const id = runner.newId();
        await db.store.appendToStream(tenantId, tallyAggregate.streamId(tenantId, id), [
          { type: 'kitrun.TallyOpened', data: { tallyId: id, label: 'slow, direct', decidedAt: clock.now().toISOString() } },
        ]);
        expect(await rowOf(tenantId, id)).toEqual([]);
        // and then it is, once the projection gets to it
        await moduleRef.get(ReadModels).waitFor(
          await db.store.readAll({ tenantId }).then(({ events }) => ({ transactionId: events[0].transactionId, globalPosition: events[0].globalPosition })),
          ['kitrun.TallyOpened'],
        );
        expect(await rowOf(tenantId, id)).toEqual([{ label: 'slow, direct', marks: 0 }]);
      });
    });
  });

  describe('in a host without an access directory', () => {
    let bare: TestingModule;

    beforeAll(async () => {
      bare = await Test.createTestingModule({
        providers: [
          { provide: EVENT_STORE, useValue: db.store },
          { provide: PROJECTION_HOST, useValue: db.store },
          { provide: CLOCK, useValue: clock },
          ReadModels,
          CommandRunner,
        ],
      }).compile();
    });

    afterAll(async () => {
      await bare?.close();
    });

    it('runs commands without a tenant check', async () => {
      const tenantId = uniqueTenant('bare');
      const outcome = await bare.get(CommandRunner).run(tallyAggregate, { tenantId }, open('no directory'));
      expect(outcome.version).toBe(1);
      expect(await eventsOf(tenantId)).toHaveLength(1);
    });
  });
});
