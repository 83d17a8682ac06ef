import { LogCapture } from './testing/log-capture.js';
import { createLogger } from './logger.js';

describe('createLogger', () => {
  it('writes JSON lines with a level label, an ISO time and the service', () => {
    const capture = new LogCapture();
    createLogger({ service: 'platform', LOG_LEVEL: 'info', NODE_ENV: 'test' }, capture).info('hello');
    expect(capture.lines[0]).toMatchObject({ level: 'info', service: 'platform', env: 'test', msg: 'hello' });
    expect(String(capture.lines[0].time)).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('honours the level', () => {
    const capture = new LogCapture();
    const logger = createLogger({ service: 'platform', LOG_LEVEL: 'warn', NODE_ENV: 'test' }, capture);
    logger.info('dropped');
    logger.warn('kept');
    expect(capture.lines.map((l) => l.msg)).toEqual(['kept']);
  });

  it('redacts credentials and bodies whoever logs a request', () => {
    const capture = new LogCapture();
    createLogger({ service: 'platform', LOG_LEVEL: 'info', NODE_ENV: 'test' }, capture).info(
      {
        req: {
          method: 'POST',
          headers: { authorization: 'Bearer abc.def', cookie: 'sid=1', 'x-api-key': 'k-1', accept: 'application/json' },
          body: { password: 'hunter2', minutes: 'private' },
        },
        user: { name: 'an', password: 'hunter2' },
      },
      'request',
    );
    expect(capture.raw[0]).not.toMatch(/abc\.def|sid=1|k-1|hunter2|private/);
    expect(capture.lines[0]).toMatchObject({
      req: { method: 'POST', headers: { authorization: '[redacted]', cookie: '[redacted]', accept: 'application/json' }, body: '[redacted]' },
      user: { name: 'an', password: '[redacted]' },
    });
  });
});
