// Written consultation where the regulation provides it (Kiên Giang 2008 Điều 10), and nowhere else.
import { DeciderSpecification } from '@bcd/kernel';
import { OpinionReceivedDataSchema, ConsultationStartedDataSchema, ConsultationClosedDataSchema } from '@bcd/contracts';
import { MEETINGS_POLICY, Rules } from '../rules.js';
import { chair, d, id, kg2008, memberA, memberB, now, roster, standingViceChair, th2018 } from '../meeting/meeting.fixtures.js';
import { consultationDecider, unanswered, type ConsultationEvent, type StartConsultation } from './consultation.js';

const spec = DeciderSpecification.for(consultationDecider);
const consultationId = id(990);
const KG = 'Điều 10, Quyết định 1507/QĐ-UBND ngày 23/06/2008';

const startCommand = (overrides: Partial<StartConsultation['data']> = {}): StartConsultation => ({
  type: 'StartConsultation',
  data: {
    consultationId,
    question: 'Cho ý kiến dự thảo Kế hoạch ứng dụng CNTT năm 2020',
    roster,
    recipients: [memberA.memberId, memberB.memberId],
    startedOn: d('2019-12-02'),
    deadlineOn: d('2019-12-10'),
    requestedBy: chair.memberId,
    regulation: kg2008,
    ...overrides,
  },
  metadata: { now },
});
const started = () => consultationDecider.decide(startCommand(), consultationDecider.initialState()) as ConsultationEvent[];
const opinion = (memberId: string, receivedOn: string) => ({
  type: 'ReceiveOpinion' as const,
  data: { consultationId, memberId, receivedOn: d(receivedOn), reference: `Công văn ${receivedOn}`, summary: 'Đồng ý' },
  metadata: { now },
});
const closeCommand = { type: 'CloseConsultation' as const, data: { consultationId, closedOn: d('2019-12-16'), outcome: 'Thông qua Kế hoạch' }, metadata: { now } };

describe('written consultation', () => {
  it('Kiên Giang 2008 Điều 10: the chair asks the members for written opinions, with a deadline', () => {
    const [event] = started();
    expect(event).toMatchObject({ type: 'ConsultationStarted', data: { requestedBy: { memberId: chair.memberId, role: 'chair' }, article: KG, regulation: { packId: 'kien-giang-2008' } } });
    expect(ConsultationStartedDataSchema.parse(JSON.parse(JSON.stringify(event.data)))).toEqual(event.data);
    spec.given([]).when(startCommand({ requestedBy: standingViceChair.memberId })).thenThrowsRule('kien-giang-2008/meetings.writtenConsultation', KG);
  });

  it('is refused where the regulation provides none (Thanh Hóa 2018)', () => {
    spec.given([]).when(startCommand({ regulation: th2018 })).thenThrowsRule('thanh-hoa-2018/meetings.writtenConsultation', 'Quy chế (không quy định), Quyết định 4095/QĐ-BCĐ ngày 19/10/2018');
  });

  it('records opinions on time or late, each recipient once; lists who has not answered; closes once', () => {
    const onTime = consultationDecider.decide(opinion(memberA.memberId, '2019-12-09'), started().reduce(consultationDecider.evolve, consultationDecider.initialState()));
    expect(onTime).toEqual([{ type: 'OpinionReceived', data: expect.objectContaining({ memberId: memberA.memberId, late: false }) }]);
    const given = [...started(), ...(onTime as ConsultationEvent[])];
    spec.given(given).when(opinion(memberB.memberId, '2019-12-12')).then([
      { type: 'OpinionReceived', data: { consultationId, memberId: memberB.memberId, receivedOn: d('2019-12-12'), reference: 'Công văn 2019-12-12', summary: 'Đồng ý', late: true } },
    ]);
    OpinionReceivedDataSchema.parse(JSON.parse(JSON.stringify((onTime[0] as ConsultationEvent).data)));
    spec.given(given).when(opinion(memberA.memberId, '2019-12-10')).thenThrowsRule(Rules.consultation, MEETINGS_POLICY);
    spec.given(given).when(opinion(chair.memberId, '2019-12-10')).thenThrowsRule(Rules.consultation, MEETINGS_POLICY);

    const state = given.reduce(consultationDecider.evolve, consultationDecider.initialState());
    expect(unanswered(state, d('2019-12-09'))).toEqual([{ memberId: memberB.memberId, overdue: false }]);
    expect(unanswered(state, d('2019-12-11'))).toEqual([{ memberId: memberB.memberId, overdue: true }]);
    expect(unanswered(state, d('2019-12-08'))).toEqual([
      { memberId: memberA.memberId, overdue: false },
      { memberId: memberB.memberId, overdue: false },
    ]);

    const closed: ConsultationEvent = { type: 'ConsultationClosed', data: { consultationId, closedOn: d('2019-12-16'), outcome: 'Thông qua Kế hoạch' } };
    spec.given(given).when(closeCommand).then([closed]);
    ConsultationClosedDataSchema.parse(closed.data);
    spec.given([...given, closed]).when(closeCommand).thenNothingHappened();
    spec.given([...given, closed]).when(opinion(memberB.memberId, '2019-12-17')).thenThrowsRule(Rules.consultation, MEETINGS_POLICY);
  });

  it('refuses recipients off the roster, a deadline before the question, and starting twice (MEETINGS-*)', () => {
    spec.given([]).when(startCommand({ recipients: [id(999)] })).thenThrowsRule(Rules.onRoster, MEETINGS_POLICY);
    spec.given([]).when(startCommand({ recipients: [memberA.memberId, memberA.memberId] })).thenThrowsRule(Rules.consultation, MEETINGS_POLICY);
    spec.given([]).when(startCommand({ deadlineOn: d('2019-12-01') })).thenThrowsRule(Rules.consultation, MEETINGS_POLICY);
    spec.given(started()).when(startCommand()).thenThrowsRule(Rules.consultation, MEETINGS_POLICY);
    spec.given([]).when(startCommand({ regulation: undefined })).thenThrowsRule(Rules.noRegulationInForce, MEETINGS_POLICY);
  });
});
