// The audit trail, the transparency log and time travel are eventually consistent: wait until every read model
// of the platform has processed every event before the browser looks at them.
import type { InjectOptions, LightMyRequestResponse } from 'fastify';

type Inject = (options: InjectOptions) => Promise<LightMyRequestResponse>;

export async function waitForProjections(inject: Inject, adminToken: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await inject({ method: 'GET', url: '/api/admin/projections', headers: { authorization: `Bearer ${adminToken}` } });
    const behind = (response.json() as { projectionId: string; eventsBehind: number }[]).filter((projection) => projection.eventsBehind > 0);
    if (behind.length === 0) return;
    if (Date.now() > deadline) throw new Error(`read models did not catch up: ${JSON.stringify(behind)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
