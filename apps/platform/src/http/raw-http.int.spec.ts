// Malformed HTTP on a real socket: what Node's parser and Fastify's router refuse before our code runs
// still gets a problem document with a correlation id, and nothing of it is logged as an error.
import { connect } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../app.factory.js';
import { LogCapture } from '../testing/log-capture.js';
import { testConfig } from '../testing/test-config.js';

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

describe('malformed HTTP on a socket', () => {
  let app: NestFastifyApplication;
  let port: number;
  const logs = new LogCapture();

  /** Writes `request` as is, reads until the server closes or a full response arrived. */
  function send(request: string | Buffer, { thenClose = false } = {}): Promise<RawResponse | undefined> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString('utf8')));
      socket.on('error', (error) => (received === '' && !thenClose ? reject(error) : undefined));
      socket.on('close', () => resolve(received === '' ? undefined : parse(received)));
      socket.write(request, () => {
        if (thenClose) socket.destroy();
      });
      setTimeout(() => socket.destroy(), 3000).unref();
    });
  }

  function parse(raw: string): RawResponse {
    const [head, ...rest] = raw.split('\r\n\r\n');
    const [statusLine, ...headerLines] = head.split('\r\n');
    const headers = Object.fromEntries(headerLines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
    return { status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') };
  }

  function expectProblem(response: RawResponse | undefined, status: number): void {
    expect(response?.status).toBe(status);
    expect(response?.headers['content-type']).toContain('application/problem+json');
    const body = JSON.parse(response!.body.replace(/^[0-9a-f]+\r\n|\r\n0\r\n$/g, '')) as Record<string, unknown>;
    expect(body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String), correlationId: expect.any(String) });
  }

  beforeAll(async () => {
    app = await createApp(testConfig({ DATA_DIR: 'memory://', ADMIN_PASSWORD: 'raw-http-admin-password' }), { apiDocsUi: false, logStream: logs });
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = Number(new URL(await app.getUrl()).port);
  });

  afterAll(() => app.close());

  afterEach(() => {
    const errors = logs.lines.filter((line) => line.level === 'error' || line.level === 'fatal');
    logs.lines.length = 0;
    expect(errors).toEqual([]);
  });

  it('414: a path parameter longer than the router takes', async () => {
    expectProblem(await send(`GET /api/tenants/${'a'.repeat(300)}/members HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`), 414);
  });

  it('431: headers larger than the server takes', async () => {
    expectProblem(await send(`GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(40_000)}\r\n\r\n`), 431);
  });

  it('400: a URL escape that decodes to no text', async () => {
    expectProblem(await send(`GET /api/tenants/%E0%A4%A/members HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`), 400);
  });

  it.each([
    ['a CR inside a header value', 'X-A: a\rb\r\n'],
    ['a LF inside a header name', 'X\nB: a\r\n'],
    ['a NUL inside a header value', 'X-A: a\u0000b\r\n'],
    ['both Content-Length and Transfer-Encoding', 'Content-Length: 4\r\nTransfer-Encoding: chunked\r\n'],
    ['a request line that is not HTTP', ''],
  ])('400: %s', async (label, headers) => {
    const line = label === 'a request line that is not HTTP' ? 'HELLO THERE\r\n' : 'POST /api/auth/login HTTP/1.1\r\n';
    expectProblem(await send(`${line}Host: x\r\n${headers}\r\n0\r\n\r\n`), 400);
  });

  it('logs an aborted request at debug, without a stack', async () => {
    await send(`POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"username":"ad`, { thenClose: true });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const aborted = logs.lines.filter((line) => JSON.stringify(line).includes('abort'));
    for (const line of aborted) {
      expect(line.level).toBe('debug');
      expect(JSON.stringify(line)).not.toContain('"stack"');
    }
  });
});
