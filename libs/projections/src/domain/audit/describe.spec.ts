import { BUDGET_EVENT_DATA, KPIS_EVENT_DATA, MEETINGS_EVENT_DATA, MEMBERSHIP_EVENT_DATA, PROGRAMME_EVENT_DATA, REPORTING_CONSOLIDATED_EVENT_DATA, REPORTING_EVENT_DATA, RULEBOOK_EVENT_TYPES, TENANCY_EVENT_TYPES } from '@bcd/contracts';
import { describedTypes, describeEvent, seatOf } from './describe.js';
import { normalise } from './sentence.js';
import { DECISION } from './testing.js';

const appointed = { committeeId: 'c1', memberId: 'm1', personId: 'p1', role: 'standing-vice-chair', agencyId: 'a1', decision: DECISION, effectiveOn: '2018-10-19', replaces: null };

describe('describing an event through its contract', () => {
  it('describes every event type the contracts publish', () => {
    const published = [
      ...Object.keys(MEMBERSHIP_EVENT_DATA).map((t) => `membership.${t}`),
      ...Object.keys(MEETINGS_EVENT_DATA).map((t) => `meetings.${t}`),
      ...Object.keys(REPORTING_EVENT_DATA).map((t) => `reporting.${t}`),
      ...Object.keys(REPORTING_CONSOLIDATED_EVENT_DATA).map((t) => `reporting.${t}`),
      ...Object.keys(BUDGET_EVENT_DATA).map((t) => `budget.${t}`),
      ...Object.keys(PROGRAMME_EVENT_DATA).map((t) => `programme.${t}`),
      ...Object.keys(KPIS_EVENT_DATA).map((t) => `kpis.${t}`),
      ...Object.values(RULEBOOK_EVENT_TYPES),
      ...Object.values(TENANCY_EVENT_TYPES),
    ];
    expect(describedTypes().sort()).toEqual([...published].sort());
  });

  it('stores a template with tokens and searches its fixed words, the type and the decision number, never a name', () => {
    const described = describeEvent('membership.MemberAppointed', appointed);
    expect(described.outcome).toBe('described');
    expect(described.parts[0]).toEqual({ person: 'p1' });
    expect(described.searchText).toContain('pho truong ban thuong truc');
    expect(described.searchText).toContain(normalise('4094/QĐ-UBND'));
    expect(described.searchText).toContain('membership.memberappointed');
  });

  it('gives an unknown type a generic sentence naming it', () => {
    const described = describeEvent('auth.LoginSucceeded', { username: 'x' });
    expect(described).toEqual({ parts: ['Sự kiện auth.LoginSucceeded được ghi nhận.'], searchText: 'auth.loginsucceeded su kien auth.loginsucceeded duoc ghi nhan.', outcome: 'unknown-type' });
  });

  it('gives data its contract refuses a generic sentence too (the trail never stops on an event)', () => {
    const described = describeEvent('membership.MemberAppointed', { memberId: 'm1' });
    expect(described.outcome).toBe('invalid-data');
    expect(described.parts).toEqual(['Sự kiện membership.MemberAppointed được ghi nhận (dữ liệu không khớp với hợp đồng đã công bố).']);
  });

  it('knows which person holds a seat from the appointment', () => {
    expect(seatOf('membership.MemberAppointed', appointed)).toEqual({ memberId: 'm1', personId: 'p1' });
    expect(seatOf('membership.MemberDismissed', appointed)).toBeNull();
    expect(seatOf('membership.MemberAppointed', {})).toBeNull();
  });
});
