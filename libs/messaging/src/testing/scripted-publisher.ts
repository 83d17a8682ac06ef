import type { MessagePublisher, OutgoingMessage } from '../port.js';

/**
 * What the broker does with one publish: acknowledge it, refuse it, never answer, or store it and lose the
 * acknowledgement on the way back (the publisher sees a failure although the messages are in the topic).
 */
export type PublishOutcome = 'ack' | 'fail' | 'hang' | 'lose-ack';

/** A publisher in front of a real one whose every call follows a script (call numbers start at 1). */
export class ScriptedPublisher implements MessagePublisher {
  calls = 0;
  /** Messages per call, whatever its outcome. */
  readonly attempts: { topic: string; count: number; outcome: PublishOutcome }[] = [];

  constructor(
    private readonly inner: MessagePublisher,
    public script: (call: number) => PublishOutcome,
  ) {}

  async publish(topic: string, messages: readonly OutgoingMessage[]): Promise<void> {
    const call = ++this.calls;
    const outcome = this.script(call);
    this.attempts.push({ topic, count: messages.length, outcome });
    switch (outcome) {
      case 'ack':
        return this.inner.publish(topic, messages);
      case 'fail':
        throw new Error(`broker unavailable (call ${call})`);
      case 'hang':
        return new Promise<void>(() => undefined);
      case 'lose-ack':
        await this.inner.publish(topic, messages);
        throw new Error(`acknowledgement lost (call ${call})`);
    }
  }
}
