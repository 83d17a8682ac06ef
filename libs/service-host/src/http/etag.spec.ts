// ETag / If-Match: an answer carries its resource's version as a strong ETag; If-Match names it back.
import type { FastifyReply } from 'fastify';
import { ValidationFailed } from '@bcd/kernel';
import { etag, ifMatch, withEtag } from './etag.js';

describe('etag', () => {
  it('is the version as a strong entity tag', () => {
    expect(etag(3)).toBe('"3"');
    expect(etag(0)).toBe('"0"');
  });

  it('withEtag sets the header and returns the body', () => {
    const headers: Record<string, string> = {};
    const reply = { header: (name: string, value: string) => (headers[name] = value) } as unknown as FastifyReply;
    const body = { a: 1 };
    expect(withEtag(reply, 7, body)).toBe(body);
    expect(headers).toEqual({ etag: '"7"' });
  });
});

describe('ifMatch', () => {
  it('reads the version an entity tag names: "3", W/"3", a bare 3', () => {
    expect(ifMatch('"3"')).toBe(3);
    expect(ifMatch('W/"3"')).toBe(3);
    expect(ifMatch('3')).toBe(3);
    expect(ifMatch(' "12" ')).toBe(12);
    expect(ifMatch(['"4"', '"5"'])).toBe(4);
  });

  it('names no version without the header or with *', () => {
    expect(ifMatch(undefined)).toBeUndefined();
    expect(ifMatch('*')).toBeUndefined();
  });

  it('refuses anything else with 400 (validation-failed on If-Match)', () => {
    for (const garbage of ['', 'abc', '"abc"', '"3', '-1', '"-1"', '3.5', '"3", "4"', 'W/3', '"1234567890"']) {
      let error: unknown;
      try {
        ifMatch(garbage);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ValidationFailed);
      expect((error as ValidationFailed).errors).toEqual([{ path: 'If-Match', message: expect.any(String) }]);
    }
  });
});
