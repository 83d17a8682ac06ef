// A stand-in OIDC issuer for tests: an RS256 key pair made with jose, its JWKS served from a local
// HTTP server on 127.0.0.1 (no outside network), and a signer for its tokens.
import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type CryptoKey } from 'jose';

export interface TestOidcIssuer {
  issuer: string;
  jwksUrl: string;
  /** Signs a token with the issuer's key (or `key`, e.g. a stranger's), valid from `now` for an hour. */
  sign(claims: JWTPayload, now: Date, options?: { key?: CryptoKey; kid?: string; issuer?: string; audience?: string }): Promise<string>;
  /** A key pair the issuer does not publish. */
  strangerKey(): Promise<CryptoKey>;
  close(): Promise<void>;
}

export async function startOidcIssuer(options: { issuer: string; audience: string }): Promise<TestOidcIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key-1', alg: 'RS256', use: 'sig' };
  const server: Server = createServer((request, response) => {
    if (request.url === '/jwks') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    issuer: options.issuer,
    jwksUrl: `http://127.0.0.1:${port}/jwks`,
    sign: (claims, now, signOptions = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: signOptions.kid ?? 'test-key-1' })
        .setIssuer(signOptions.issuer ?? options.issuer)
        .setAudience(signOptions.audience ?? options.audience)
        .setIssuedAt(Math.floor(now.getTime() / 1000))
        .setExpirationTime(Math.floor(now.getTime() / 1000) + 3600)
        .sign(signOptions.key ?? privateKey),
    strangerKey: async () => (await generateKeyPair('RS256')).privateKey,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
