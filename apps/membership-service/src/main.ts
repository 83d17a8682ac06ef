// `node apps/membership-service/dist/main.js`: the membership service of the distributed shape.
import 'reflect-metadata';
import { createMembershipService } from './app.js';
import { loadConfig, type ServiceConfig } from './config.js';

async function main(): Promise<void> {
  let config: ServiceConfig;
  try {
    config = loadConfig();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const app = await createMembershipService(config);
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => setTimeout(() => process.exit(1), config.SHUTDOWN_TIMEOUT_MS).unref());
  }
  await app.listen({ port: config.PORT, host: config.HOST });
}

main().catch((error: unknown) => {
  console.error('Failed to start:', error);
  process.exit(1);
});
