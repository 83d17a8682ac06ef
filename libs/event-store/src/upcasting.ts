import type { RecordedEvent } from '@bcd/kernel';
import type { Upcaster } from './port.js';

/** Applies upcasters step by step (v1 → v2 → v3) until none applies to the event's version. */
export class Upcasters {
  private readonly byKey = new Map<string, Upcaster>();

  constructor(upcasters: readonly Upcaster[] = []) {
    for (const u of upcasters) {
      const key = `${u.type}@${u.fromVersion}`;
      if (this.byKey.has(key)) throw new Error(`Two upcasters for ${key}`);
      this.byKey.set(key, u);
    }
  }

  apply(event: RecordedEvent): RecordedEvent {
    if (this.byKey.size === 0) return event; // the common case, on every row of a catch-up read
    let current = event;
    for (let u = this.byKey.get(`${current.type}@${current.schemaVersion}`); u; ) {
      const next = u.upcast(current);
      if (next.schemaVersion <= current.schemaVersion) {
        throw new Error(`Upcaster for ${u.type}@${u.fromVersion} must raise schemaVersion`);
      }
      current = next;
      u = this.byKey.get(`${current.type}@${current.schemaVersion}`);
    }
    return current;
  }
}
