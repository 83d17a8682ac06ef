import * as kernel from './index.js';

describe('kernel entry point', () => {
  it('exports the whole API', () => {
    for (const name of [
      'DomainError', 'RuleViolation', 'ConcurrencyConflict', 'IdempotencyConflict', 'NotFound', 'Forbidden', 'ValidationFailed',
      'foldEvents', 'handleCommand', 'aggregateStream', 'plainCodec', 'namespacedCodec', 'defineAggregate', 'canonicalJson', 'sameJson',
      'newId', 'isUuid', 'isUuidV7', 'TenantId', 'Money', 'CLOCK', 'systemClock', 'fixedClock', 'DeciderSpecification',
    ]) {
      expect(kernel).toHaveProperty(name);
    }
  });
});
