// Examples the committee's specs share (lifecycle, seats, long absence): the Thanh Hóa 2014 committee,
// its agencies and people, the regulations in force with their spans, and given/when builders.
import { LocalDate } from '@bcd/calendar';
import { DeciderSpecification, RuleViolation } from '@bcd/kernel';
import { adoptionOf, builtInPack, spanOf, type RegulationSpan } from '@bcd/regulation';
import type { AgencyFacts } from '../facts.js';
import { committeeDecider } from './committee.decider.js';
import type { CommitteeEvent, MemberRole } from './committee.js';

export const now = new Date('2025-07-01T03:00:00.000Z');
export const d = (value: string) => LocalDate.parse(value);
export const spec = DeciderSpecification.for(committeeDecider);

const thanhHoa = [adoptionOf(builtInPack('thanh-hoa-2014')), adoptionOf(builtInPack('thanh-hoa-2018'), { supersedes: '3461/QĐ-BCĐ' })];
const kienGiang = [adoptionOf(builtInPack('kien-giang-2008'))];
/** In force from 2014-10-16 until Thanh Hóa 2018 takes effect on 2018-10-19. */
export const th2014: RegulationSpan = spanOf(thanhHoa, thanhHoa[0]);
export const th2018: RegulationSpan = spanOf(thanhHoa, thanhHoa[1]);
export const kg2008: RegulationSpan = spanOf(kienGiang, kienGiang[0]);

export const committeeId = '01950000-0000-7000-8000-0000000000c1';
export const id = (n: number) => `01950000-0000-7000-8000-${String(n).padStart(12, '0')}`;
export const personId = (n: number) => id(1000 + n);
export const memberId = (n: number) => id(2000 + n);
export const agency = (n: number, name: string): AgencyFacts => ({ agencyId: id(3000 + n), name, mergedOn: null, successorId: id(3000 + n) });
export const ubnd = agency(1, 'Ủy ban nhân dân tỉnh');
export const stttt = agency(2, 'Sở Thông tin và Truyền thông');
export const skhdt = agency(3, 'Sở Kế hoạch và Đầu tư');
export const stc = agency(4, 'Sở Tài chính');
export const sgddt = agency(5, 'Sở Giáo dục và Đào tạo');
export const syt = agency(6, 'Sở Y tế');
export const registered = (n: number) => ({ personId: personId(n), status: 'registered' as const });

export const decision = { number: '3500/QĐ-BCĐ', date: d('2014-11-03') };
export const established: CommitteeEvent = {
  type: 'CommitteeEstablished',
  data: {
    committeeId,
    name: 'Ban Chỉ đạo ứng dụng công nghệ thông tin tỉnh Thanh Hóa',
    decision: { number: '1832/QĐ-UBND', date: d('2014-06-13') },
    establishedOn: d('2014-06-13'),
    regulation: null,
    standingAgencyId: stttt.agencyId,
  },
};
export const appointed = (n: number, role: MemberRole, on: AgencyFacts, effectiveOn = d('2014-11-03')): CommitteeEvent => ({
  type: 'MemberAppointed',
  data: { committeeId, memberId: memberId(n), personId: personId(n), role, agencyId: on.agencyId, decision, effectiveOn, replaces: null },
});
export const appoint = (n: number, role: MemberRole, on: AgencyFacts, regulation: RegulationSpan | undefined = th2014, effectiveOn = d('2014-11-03')) => ({
  type: 'AppointMember' as const,
  data: { memberId: memberId(n), person: registered(n), role, agency: on, decision, effectiveOn, regulation },
  metadata: { now },
});

/** The refusal `action` throws, to read its article. */
export const ruleOf = (action: () => unknown): RuleViolation => {
  try {
    action();
  } catch (error) {
    if (error instanceof RuleViolation) return error;
    throw error;
  }
  throw new Error('not refused');
};
