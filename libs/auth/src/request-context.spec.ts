import { isUuidV7 } from '@bcd/kernel';
import { correlationIdFrom, currentRequestContext, runWithRequestContext } from './request-context.js';

describe('correlationIdFrom', () => {
  it.each(['abc-123', '01a20181-70fb-752f-8064-c98d8363ccd8', 'trace:4bf92f3577b34da6', 'x'.repeat(128)])(
    'keeps the sane token %s',
    (header) => {
      expect(correlationIdFrom(header)).toBe(header);
    },
  );

  it.each([
    ['absent', undefined],
    ['empty', ''],
    ['too long', 'x'.repeat(129)],
    ['with spaces', 'a b'],
    ['with a newline (log injection)', 'abc\n{"level":"fatal"}'],
    ['with quotes', 'a"b'],
    ['sent twice', ['a', 'b']],
  ])('makes a new UUIDv7 when the header is %s', (_, header) => {
    expect(isUuidV7(correlationIdFrom(header))).toBe(true);
  });
});

describe('request context', () => {
  it('is visible across awaits inside run, and absent outside', async () => {
    expect(currentRequestContext()).toBeUndefined();
    await runWithRequestContext({ correlationId: 'c-1' }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      expect(currentRequestContext()?.correlationId).toBe('c-1');
    });
    expect(currentRequestContext()).toBeUndefined();
  });
});
