import { InProcessMessaging } from './in-process-messaging.js';
import type { IncomingMessage } from './port.js';
import { until as waitUntil } from './testing/until.js';

const until = (predicate: () => boolean) => waitUntil(predicate, 'the messages expected');
const message = (key: string, value: string) => ({ key, value, headers: { h: value } });

describe('in-process messaging', () => {
  let messaging: InProcessMessaging;
  beforeEach(() => {
    messaging = new InProcessMessaging({ retryDelayMs: 10 });
  });
  afterEach(async () => {
    await messaging.close();
  });

  it('hands messages over in publish order, with their key and headers', async () => {
    const seen: IncomingMessage[] = [];
    const run = await messaging.run('g', ['t'], async (m) => {
      seen.push(m);
    });
    await messaging.publish('t', [message('a', '1'), message('b', '2')]);
    await messaging.publish('t', [message('a', '3')]);
    await until(() => seen.length === 3);
    expect(seen.map((m) => [m.key, m.value, m.offset, m.headers.h])).toEqual([
      ['a', '1', '0', '1'],
      ['b', '2', '1', '2'],
      ['a', '3', '2', '3'],
    ]);
    await run.stop();
  });

  it('delivers a message whose handler threw again, and nothing after it before it succeeds', async () => {
    const attempts: string[] = [];
    const errors: unknown[] = [];
    messaging = new InProcessMessaging({ retryDelayMs: 10, onError: (e) => errors.push(e) });
    let failures = 2;
    const run = await messaging.run('g', ['t'], async (m) => {
      attempts.push(m.value);
      if (m.value === '1' && failures-- > 0) throw new Error('handler down');
    });
    await messaging.publish('t', [message('k', '1'), message('k', '2')]);
    await until(() => attempts.includes('2'));
    expect(attempts).toEqual(['1', '1', '1', '2']);
    expect(errors).toHaveLength(2);
    await run.stop();
  });

  it('keeps a group offset: a group that runs again resumes, a new group starts from the beginning', async () => {
    const first: string[] = [];
    let run = await messaging.run('g', ['t'], async (m) => {
      first.push(m.value);
    });
    await messaging.publish('t', [message('k', '1'), message('k', '2')]);
    await until(() => first.length === 2);
    await run.stop();

    await messaging.publish('t', [message('k', '3')]);
    const again: string[] = [];
    run = await messaging.run('g', ['t'], async (m) => {
      again.push(m.value);
    });
    const fresh: string[] = [];
    const other = await messaging.run('other', ['t'], async (m) => {
      fresh.push(m.value);
    });
    await until(() => again.length === 1 && fresh.length === 3);
    expect(again).toEqual(['3']);
    expect(fresh).toEqual(['1', '2', '3']);
    await Promise.all([run.stop(), other.stop()]);
  });

  it('serves every subscribed topic, each in its own order', async () => {
    const seen: string[] = [];
    const run = await messaging.run('g', ['x', 'y'], async (m) => {
      seen.push(`${m.topic}:${m.value}`);
    });
    await messaging.publish('x', [message('k', '1'), message('k', '2')]);
    await messaging.publish('y', [message('k', '1')]);
    await until(() => seen.length === 3);
    expect(seen.filter((s) => s.startsWith('x:'))).toEqual(['x:1', 'x:2']);
    expect(seen).toContain('y:1');
    await run.stop();
  });

  it('refuses a second member in a group, an invalid topic and use after close', async () => {
    const run = await messaging.run('g', ['t'], async () => undefined);
    await expect(messaging.run('g', ['t'], async () => undefined)).rejects.toThrow('already has a member');
    await expect(messaging.publish('bad topic', [message('k', '1')])).rejects.toThrow('not a valid topic name');
    await run.stop();
    await messaging.close();
    await expect(messaging.publish('t', [message('k', '1')])).rejects.toThrow('closed');
  });

  it('stops while a failed message waits to be retried', async () => {
    messaging = new InProcessMessaging({ retryDelayMs: 60_000 });
    let attempts = 0;
    const run = await messaging.run('g', ['t'], async () => {
      attempts++;
      throw new Error('down');
    });
    await messaging.publish('t', [message('k', '1')]);
    await until(() => attempts === 1);
    const started = Date.now();
    await run.stop();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
