import { DeciderSpecification } from './testing.js';
import type { Command, Decider } from './decider.js';
import { RuleViolation, ValidationFailed } from './errors.js';

// A tiny example domain: a seat on the steering committee holds at most one member at a time.
type SeatEvent =
  | { type: 'ChairTaken'; data: { memberId: string; takenAt: Date } }
  | { type: 'ChairVacated'; data: { memberId: string; vacatedAt: Date } };
type SeatCommand =
  | Command<'TakeChair', { memberId: string }>
  | Command<'VacateChair', { memberId: string }>;
type SeatState = { holder: string | null };

const ONE_CHAIR = { rule: 'SEAT-ONE-CHAIR', article: 'Điều 3, Quy chế mẫu' };

const seat: Decider<SeatCommand, SeatEvent, SeatState> = {
  initialState: () => ({ holder: null }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'ChairTaken':
        return { holder: event.data.memberId };
      case 'ChairVacated':
        return { holder: null };
      default: {
        const exhaustive: never = event;
        void exhaustive;
        return state;
      }
    }
  },
  decide: (command, state) => {
    switch (command.type) {
      case 'TakeChair':
        if (command.data.memberId === '') {
          throw new ValidationFailed([{ path: 'memberId', message: 'must not be empty' }]);
        }
        if (state.holder === command.data.memberId) return []; // already seated: nothing changes
        if (state.holder !== null) {
          throw new RuleViolation(ONE_CHAIR.rule, ONE_CHAIR.article, `The seat is held by ${state.holder}`);
        }
        return [{ type: 'ChairTaken', data: { memberId: command.data.memberId, takenAt: command.metadata.now } }];
      case 'VacateChair':
        if (state.holder !== command.data.memberId) return [];
        return [{ type: 'ChairVacated', data: { memberId: command.data.memberId, vacatedAt: command.metadata.now } }];
      default: {
        const unknown: never = command;
        throw new Error(`Unknown command ${JSON.stringify(unknown)}`);
      }
    }
  },
};

const now = new Date('2025-03-10T02:00:00Z');
const take = (memberId: string): SeatCommand => ({ type: 'TakeChair', data: { memberId }, metadata: { now } });
const taken = (memberId: string): SeatEvent => ({ type: 'ChairTaken', data: { memberId, takenAt: now } });

describe('DeciderSpecification', () => {
  const spec = DeciderSpecification.for(seat);

  it('then: the command produced these events', () => {
    spec.given([]).when(take('an')).then([taken('an')]);
  });

  it('then: fails when the events differ', () => {
    expect(() => spec.given([]).when(take('an')).then([taken('binh')])).toThrow();
  });

  it('then: reports the refusal itself when the command was refused', () => {
    expect(() => spec.given([taken('an')]).when(take('binh')).then([])).toThrow(RuleViolation);
  });

  it('thenNothingHappened: an idempotent command produces no event', () => {
    spec.given([taken('an')]).when(take('an')).thenNothingHappened();
  });

  it('thenState: folds the given and the new events', () => {
    spec
      .given([taken('an'), { type: 'ChairVacated', data: { memberId: 'an', vacatedAt: now } }])
      .when(take('binh'))
      .thenState({ holder: 'binh' });
  });

  it('thenThrowsRule: a second member cannot take an occupied chair', () => {
    spec.given([taken('an')]).when(take('binh')).thenThrowsRule('SEAT-ONE-CHAIR');
  });

  it('thenThrowsRule: fails on another rule id or when nothing was refused', () => {
    expect(() => spec.given([taken('an')]).when(take('binh')).thenThrowsRule('OTHER')).toThrow();
    expect(() => spec.given([]).when(take('binh')).thenThrowsRule('SEAT-ONE-CHAIR')).toThrow(
      /Expected RuleViolation but the command produced/,
    );
  });

  it('thenThrows: checks the class and an optional predicate', () => {
    spec.given([]).when(take('')).thenThrows(ValidationFailed, (e) => e.errors[0].path === 'memberId');
    spec.given([taken('an')]).when(take('binh')).thenThrows(RuleViolation, (e) => e.article === ONE_CHAIR.article);
    expect(() => spec.given([]).when(take('')).thenThrows(RuleViolation)).toThrow();
    expect(() =>
      spec.given([]).when(take('')).thenThrows(ValidationFailed, (e) => e.errors[0].path === 'other'),
    ).toThrow(/did not pass the check/);
  });
});
