import {
  MEMBERSHIP_EVENT_DATA,
  MEMBERSHIP_EVENT_TYPES,
  MemberAppointedDataSchema,
  PersonAccountLinkedDataSchema,
  PersonalDataChangedDataSchema,
  ResponsibilitiesAssignedDataSchema,
} from './membership-events.js';

describe('membership event contracts', () => {
  const decision = { number: '2765/QĐ-UBND', date: '2014-11-03' };
  const appointed = {
    committeeId: '0190f1a2-0000-7000-8000-0000000000c1',
    memberId: '0190f1a2-0000-7000-8000-000000002001',
    personId: '0190f1a2-0000-7000-8000-000000001001',
    role: 'standing-member',
    agencyId: '0190f1a2-0000-7000-8000-000000003002',
    decision,
    effectiveOn: '2014-11-03',
    replaces: null,
  };

  it('names a schema for every stored type, and a stored type for every schema', () => {
    expect(Object.values(MEMBERSHIP_EVENT_TYPES).sort()).toEqual(Object.keys(MEMBERSHIP_EVENT_DATA).map((type) => `membership.${type}`).sort());
  });

  it('reads a MemberAppointed as stored (JSON)', () => {
    expect(MemberAppointedDataSchema.parse(JSON.parse(JSON.stringify(appointed)))).toEqual(appointed);
  });

  it('refuses data that drifted: a role no regulation has, a date in another format, a missing decision', () => {
    expect(MemberAppointedDataSchema.safeParse({ ...appointed, role: 'president' }).success).toBe(false);
    expect(MemberAppointedDataSchema.safeParse({ ...appointed, effectiveOn: '03/11/2014' }).success).toBe(false);
    expect(MemberAppointedDataSchema.safeParse({ ...appointed, decision: undefined }).success).toBe(false);
    expect(MemberAppointedDataSchema.safeParse({ ...appointed, replaces: undefined }).success).toBe(false);
  });

  it('reads responsibilities assigned without a decision, and never personal data values', () => {
    const assigned = { committeeId: appointed.committeeId, memberId: appointed.memberId, responsibilities: [{ area: 'an ninh mạng', text: 'Bảo đảm an toàn thông tin' }], effectiveOn: '2014-11-03', decision: null };
    expect(ResponsibilitiesAssignedDataSchema.parse(assigned)).toEqual(assigned);
    expect(PersonalDataChangedDataSchema.parse({ personId: appointed.personId, fields: ['email', 'phone'] })).toEqual({ personId: appointed.personId, fields: ['email', 'phone'] });
    expect(PersonalDataChangedDataSchema.safeParse({ personId: appointed.personId, fields: ['address'] }).success).toBe(false);
  });

  it('reads a person\'s login account linked, and unlinked (null), but never without saying which', () => {
    const userId = '0190f1a2-0000-7000-8000-000000009001';
    const linked = { personId: appointed.personId, userId };
    expect(MEMBERSHIP_EVENT_TYPES.personAccountLinked).toBe('membership.PersonAccountLinked');
    expect(PersonAccountLinkedDataSchema.parse(JSON.parse(JSON.stringify(linked)))).toEqual(linked);
    expect(MEMBERSHIP_EVENT_DATA.PersonAccountLinked.parse({ personId: appointed.personId, userId: null })).toEqual({ personId: appointed.personId, userId: null });
    expect(PersonAccountLinkedDataSchema.safeParse({ personId: appointed.personId }).success).toBe(false);
    expect(PersonAccountLinkedDataSchema.safeParse({ personId: appointed.personId, userId: '' }).success).toBe(false);
  });
});
