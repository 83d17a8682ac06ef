// librdkafka's mock cluster, started by Debian's kcat (`apt-get install -y kcat`; .ci/run installs it): a real
// Kafka-protocol peer for tests on a machine without a broker. It accepts produce and consumer groups, creates
// topics on first use (4 partitions), and refuses admin calls and idempotent producers.
import { spawn, type ChildProcess } from 'node:child_process';

export interface MockCluster {
  /** `host:port` of the mock's bootstrap broker (KAFKA_BROKERS). */
  bootstrap: string;
  process: ChildProcess;
  /** SIGTERM (SIGKILL after 5 s); resolves once kcat has exited. */
  stop(): Promise<void>;
}

/**
 * Starts the mock cluster through kcat, which prints its bootstrap address on stderr. Rejects, saying to install
 * kcat, when it is missing: the tests that need it are never skipped.
 */
export function startMockCluster(): Promise<MockCluster> {
  const child = spawn('kcat', ['-b', 'x', '-X', 'test.mock.num.brokers=1', '-d', 'mock', '-C', '-t', 'dummy'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(killer);
  };
  return new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`kcat printed no mock bootstrap address within 10 s; its stderr:\n${log.slice(-2000)}`));
    }, 10_000);
    child.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        error.code === 'ENOENT'
          ? new Error("kcat is missing: install Debian's package (apt-get install -y kcat; .ci/run does). The tests that need it are never skipped.")
          : error,
      );
    });
    // Read stderr to the end (mock debug lines keep coming): a full pipe would block kcat.
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      if (log.length < 100_000) log += chunk;
      const found = /Mock cluster \S+ bootstrap\.servers=(\S+)/.exec(log);
      if (found) {
        clearTimeout(timer);
        resolve({ bootstrap: found[1], process: child, stop });
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`kcat exited (${code ?? signal}) before printing a bootstrap address; its stderr:\n${log.slice(-2000)}`));
    });
  });
}
