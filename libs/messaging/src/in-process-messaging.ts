import type { ConsumerRun, IncomingMessage, MessageHandler, MessagingPort, OutgoingMessage } from './port.js';

export interface InProcessMessagingOptions {
  /** How long a message whose handler threw waits before it is delivered again; default 100 ms. */
  retryDelayMs?: number;
  /** Told of each handler failure; the message is then delivered again. */
  onError?: (error: unknown, message: IncomingMessage) => void;
}

// Kafka's legal topic names.
const TOPIC = /^[a-zA-Z0-9._-]{1,249}$/;

/**
 * The messaging port in this process's memory: for the embedded shape (one process, nothing to cross)
 * and for tests. Each topic is one ordered log (a single partition, so order per key holds a fortiori);
 * each consumer group keeps its offset per topic, so a group that stops and runs again resumes where it
 * was, and a new group reads from the beginning. One member per group at a time (no rebalancing here).
 * Messages are kept until the instance is dropped: it is not meant for long-running volume.
 */
export class InProcessMessaging implements MessagingPort {
  private readonly logs = new Map<string, IncomingMessage[]>();
  /** group → topic → offset of the next message to hand over */
  private readonly offsets = new Map<string, Map<string, number>>();
  private readonly members = new Map<string, Member>();
  private closed = false;

  constructor(private readonly options: InProcessMessagingOptions = {}) {}

  async publish(topic: string, messages: readonly OutgoingMessage[]): Promise<void> {
    if (this.closed) throw new Error('In-process messaging is closed: publish refused');
    if (!TOPIC.test(topic)) throw new Error(`"${topic}" is not a valid topic name`);
    let log = this.logs.get(topic);
    if (!log) {
      log = [];
      this.logs.set(topic, log);
    }
    for (const message of messages) {
      log.push({ topic, partition: 0, offset: String(log.length), key: message.key, value: message.value, headers: { ...message.headers } });
    }
    for (const member of this.members.values()) member.wake();
  }

  async run(groupId: string, topics: readonly string[], handle: MessageHandler): Promise<ConsumerRun> {
    if (this.closed) throw new Error('In-process messaging is closed: run refused');
    if (this.members.has(groupId)) throw new Error(`Consumer group ${groupId} already has a member in this process`);
    let offsets = this.offsets.get(groupId);
    if (!offsets) {
      offsets = new Map();
      this.offsets.set(groupId, offsets);
    }
    const member = new Member([...topics], offsets, (topic) => this.logs.get(topic) ?? [], handle, this.options);
    this.members.set(groupId, member);
    return {
      stop: async () => {
        await member.stop();
        if (this.members.get(groupId) === member) this.members.delete(groupId);
      },
    };
  }

  /** Everything published to `topic` so far, in order. */
  published(topic: string): readonly IncomingMessage[] {
    return [...(this.logs.get(topic) ?? [])];
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.members.values()].map((member) => member.stop()));
    this.members.clear();
  }
}

/** One group's consumer: hands messages over one at a time, taking the topics in turn. */
class Member {
  private running = true;
  private wakeIdle: (() => void) | undefined;
  private stopWaiting: (() => void) | undefined;
  private readonly done: Promise<void>;

  constructor(
    private readonly topics: string[],
    private readonly offsets: Map<string, number>,
    private readonly log: (topic: string) => readonly IncomingMessage[],
    private readonly handle: MessageHandler,
    private readonly options: InProcessMessagingOptions,
  ) {
    this.done = this.loop();
  }

  /** A publish: an idle member looks for the new messages at once (one waiting to retry keeps waiting). */
  wake(): void {
    this.wakeIdle?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wakeIdle?.();
    this.stopWaiting?.();
    await this.done;
  }

  private async loop(): Promise<void> {
    let turn = 0;
    while (this.running) {
      const next = this.next(turn++);
      if (!next) {
        await this.pause();
        continue;
      }
      try {
        await this.handle({ ...next, headers: { ...next.headers } });
        this.offsets.set(next.topic, Number(next.offset) + 1);
      } catch (error) {
        // Not consumed: the same message comes again, after a pause (a failing handler must not spin).
        this.options.onError?.(error, next);
        await this.pause(this.options.retryDelayMs ?? 100);
      }
    }
  }

  /** The next unconsumed message, starting with the topic after the one served last (no topic starves). */
  private next(turn: number): IncomingMessage | undefined {
    for (let i = 0; i < this.topics.length; i++) {
      const topic = this.topics[(turn + i) % this.topics.length];
      const message = this.log(topic)[this.offsets.get(topic) ?? 0];
      if (message) return message;
    }
    return undefined;
  }

  /** Until a publish or a stop (idle), or until `retryAfterMs` have passed or a stop (retrying). */
  private pause(retryAfterMs?: number): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const done = () => {
        clearTimeout(timer);
        this.wakeIdle = undefined;
        this.stopWaiting = undefined;
        resolve();
      };
      if (retryAfterMs === undefined) this.wakeIdle = done;
      else timer = setTimeout(done, retryAfterMs);
      this.stopWaiting = done;
    });
  }
}
