// A generated province history for the projections benchmark: deterministic from (tenant, size), every event valid
// by its published contract (libs/contracts; checked once per type at the start of a run). A busy committee under
// Thanh Hóa 2018's pack: 30 agencies with a member each, a working-group meeting every week and a plenary at each
// quarter's end (three documents, two absences asked and decided, attendance, eight action items assigned, some
// extended, progress noted twice, most done), the agencies' quarterly reports (opened, most submitted, some late), and a budget a year
// with its expenditures. Months run backwards from December 2026 far enough to hold `size` events.
import { createHash } from 'node:crypto';
import { thanhHoa2018 } from '@bcd/regulation';

export interface GeneratedEvent {
  streamId: string;
  type: string;
  data: unknown;
  occurredAt: Date;
}

const AGENCIES = 30;
const ITEMS_PER_MEETING = 8;
const EVENTS_PER_MONTH_ESTIMATE = 210;
const REG = { packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', effectiveFrom: '' };

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A UUID named by `name` (SHA-1, version 5 layout): ids are UUIDs in the store, as the commands make them. */
function uuidOf(name: string): string {
  const h = createHash('sha1').update(`bcd-bench:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const day = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const at = (date: string, hour = 8) => new Date(`${date}T${pad(hour)}:00:00+07:00`);
const hex64 = (n: number) => n.toString(16).padStart(64, '0').slice(-64);

function seedOf(tenant: string): number {
  let h = 2166136261;
  for (const c of tenant) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

/** About `size` events of `tenant` (a few more: whole months), in business order within each stream. */
export function* tenantHistory(tenant: string, size: number): Generator<GeneratedEvent> {
  const rnd = random(seedOf(tenant));
  const months = Math.max(3, Math.ceil(size / EVENTS_PER_MONTH_ESTIMATE));
  const startIndex = 2026 * 12 + 11 - months + 1; // months since year 0, December 2026 the last
  const startYear = Math.floor(startIndex / 12);
  const startMonth = (startIndex % 12) + 1;
  const effectiveFrom = day(startYear, startMonth, 1);
  const reg = { ...REG, effectiveFrom };
  const committee = uuidOf(`${tenant}-committee`);
  const agency = (i: number) => uuidOf(`${tenant}-a${i}`);
  const member = (i: number) => uuidOf(`${tenant}-m${i}`);
  const person = (i: number) => uuidOf(`${tenant}-p${i}`);
  let produced = 0;
  const event = (streamId: string, type: string, data: unknown, occurredAt: Date): GeneratedEvent => {
    produced++;
    return { streamId, type, data, occurredAt };
  };

  yield event(`rulebook-${tenant}`, 'rulebook.RegulationAdopted', { adoptionId: uuidOf(`${tenant}-adoption`), source: { kind: 'built-in', packId: 'thanh-hoa-2018' }, pack: thanhHoa2018, decisionNumber: reg.decisionNumber, signedOn: effectiveFrom, effectiveFrom, supersedes: null }, at(effectiveFrom));
  for (let i = 0; i < AGENCIES; i++) {
    yield event(`agency-${agency(i)}`, 'membership.AgencyRegistered', { agencyId: agency(i), code: `A${i}`, name: `Sở số ${i + 1}`, kind: i === 0 ? 'people-committee' : 'department' }, at(effectiveFrom));
  }
  const decision = { number: `${startYear}/QĐ-UBND`, date: effectiveFrom };
  yield event(`committee-${committee}`, 'membership.CommitteeEstablished', { committeeId: committee, name: 'Ban Chỉ đạo chuyển đổi số', decision, establishedOn: effectiveFrom, regulation: reg, standingAgencyId: agency(1) }, at(effectiveFrom));
  for (let i = 0; i < AGENCIES; i++) {
    const role = i === 0 ? 'chair' : i === 1 ? 'standing-member' : 'member';
    yield event(`committee-${committee}`, 'membership.MemberAppointed', { committeeId: committee, memberId: member(i), personId: person(i), role, agencyId: agency(i), decision, effectiveOn: effectiveFrom, replaces: null }, at(effectiveFrom));
  }
  const invitees = Array.from({ length: AGENCIES }, (_, i) => ({ memberId: member(i), personId: person(i), role: i === 0 ? 'chair' : i === 1 ? 'standing-member' : 'member', agencyId: agency(i) }));
  const article = 'Điều 8 khoản 3, Quyết định 4095/QĐ-BCĐ ngày 19/10/2018';

  for (let m = 0; m < months && produced < size; m++) {
    const index = startIndex + m;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const quarterEnd = month % 3 === 0;
    const meetings = quarterEnd ? 5 : 4;
    for (let w = 0; w < meetings; w++) {
      const plenary = quarterEnd && w === 4;
      const meetingId = uuidOf(`${tenant}-mt-${year}-${pad(month)}-${w}`);
      const stream = `meeting-${meetingId}`;
      const date = day(year, month, 3 + w * 6);
      const kind = plenary ? 'plenary' : 'working-group';
      yield event(stream, 'meetings.MeetingScheduled', {
        meetingId, kind, period: plenary ? `${year}-Q${month / 3}` : `${year}-${pad(month)}`, scheduledOn: date, startsAt: at(date).toISOString(), place: 'Phòng họp số 1', onlineLink: null,
        agenda: [], invitees, guests: [], presidedBy: member(0), convenedBy: { memberId: member(0), role: 'chair' }, proposedBy: null, regulation: reg, article,
      }, at(date, 7));
      for (let d = 0; d < 3; d++) {
        const late = rnd() < 0.1;
        yield event(stream, 'meetings.DocumentDistributed', {
          meetingId, documentId: uuidOf(`${meetingId}-d${d}`), title: `Tài liệu ${d + 1}`, agendaItemId: null, contentHash: hex64(index * 100 + w * 10 + d), sizeBytes: 100_000, channel: 'electronic', sentAt: at(date, 7).toISOString(),
          leadTime: { outcome: late ? 'missed' : 'met', latestSendDate: date, latestSendAt: null, flag: null },
        }, at(date, 7));
      }
      for (let a = 0; a < 2; a++) {
        const absent = member(2 + ((w * 2 + a + m) % (AGENCIES - 2)));
        yield event(stream, 'meetings.AbsenceRequested', { meetingId, memberId: absent, reason: 'Đi công tác' }, at(date, 7));
        yield event(stream, 'meetings.AbsenceDecided', { meetingId, memberId: absent, decision: rnd() < 0.8 ? 'approved' : 'refused', decidedBy: member(0), as: 'presiding-person', rule: 'MTG-absence-consent', article: 'Điều 6 khoản 5, Quyết định 4095/QĐ-BCĐ ngày 19/10/2018' }, at(date, 7));
      }
      yield event(stream, 'meetings.MeetingHeld', {
        meetingId, heldAt: at(date, 8).toISOString(), endedAt: at(date, 11).toISOString(), presidedBy: member(0),
        attendance: invitees.map((p) => ({ memberId: p.memberId, status: rnd() < 0.9 ? 'present' : 'absent-unapproved', arrivedLate: false, leftEarly: false })),
      }, at(date, 11));
      for (let k = 0; k < ITEMS_PER_MEETING; k++) {
        const itemId = uuidOf(`${meetingId}-i${k}`);
        const dueOn = day(year + (month === 12 ? 1 : 0), month === 12 ? 1 : month + 1, 28);
        yield event(stream, 'meetings.ActionItemAssigned', { meetingId, itemId, conclusionId: null, ownerAgencyId: agency(k % AGENCIES), description: 'Triển khai nhiệm vụ chuyển đổi số', assignedOn: date, dueOn }, at(date, 12));
        for (let n = 0; n < 2; n++) {
          const notedOn = day(year, month, 20 + n * 4);
          yield event(stream, 'meetings.ActionItemProgressNoted', { meetingId, itemId, note: n === 0 ? 'Đang triển khai' : 'Đã hoàn thành dự thảo', notedOn }, at(notedOn, 16));
        }
        if (rnd() < 0.2) {
          yield event(stream, 'meetings.ActionItemExtended', { meetingId, itemId, dueOn: day(year + (month >= 11 ? 1 : 0), ((month + 1) % 12) + 1, 28), previousDueOn: dueOn, approvedBy: member(0), approvedOn: day(year, month, 25), reason: 'Chờ ý kiến Bộ' }, at(day(year, month, 25), 15));
        }
        if (rnd() < 0.85) yield event(stream, 'meetings.ActionItemDone', { meetingId, itemId, doneOn: day(year + (month === 12 ? 1 : 0), month === 12 ? 1 : month + 1, 5 + Math.floor(rnd() * 20)) }, at(date, 16));
      }
    }
    if (quarterEnd) {
      const q = month / 3;
      const dueDate = day(year, month, 20);
      for (let i = 0; i < AGENCIES; i++) {
        const obligationId = uuidOf(`${tenant}-o-${year}-q${q}-${i}`);
        const stream = `obligation-${obligationId}`;
        yield event(stream, 'reporting.ObligationOpened', {
          obligationId, report: 'member-report', reporter: { kind: 'agency', agencyId: agency(i) }, cadence: 'quarterly', period: `${year}-Q${q}`, periodStart: day(year, month - 2, 1), periodEnd: day(year, month, month === 6 || month === 9 ? 30 : 31), subject: null,
          due: { literalDueDate: dueDate, dueDate, rolledOver: null, wording: 'trước ngày 20', reading: 'by' }, rule: { ...reg, article: 'Điều 10 khoản 2, Quyết định 4095/QĐ-BCĐ ngày 19/10/2018' }, requestedBy: null,
        }, at(day(year, month - 2, 1)));
        const r = rnd();
        if (r < 0.9) {
          const late = r > 0.8;
          const submittedOn = late ? day(year, month, 27) : day(year, month, 15);
          yield event(stream, 'reporting.ReportSubmitted', {
            obligationId, submissionId: uuidOf(`${obligationId}-s`), submittedAt: at(submittedOn, 9).toISOString(), channel: 'official-email', summary: 'Báo cáo quý', values: {}, attachments: [], template: null, resubmission: false,
            timeliness: { onTime: !late, daysLate: { working: late ? 5 : 0, calendar: late ? 7 : 0 }, judgedAt: at(submittedOn, 9).toISOString() },
          }, at(submittedOn, 9));
        }
      }
    }
    if (month === 1 || m === 0) {
      const budgetId = uuidOf(`${tenant}-b-${year}`);
      const stream = `budget-${budgetId}`;
      const budgetRule = { ...reg, article: 'Điều 11 khoản 1, Quyết định 4095/QĐ-BCĐ ngày 19/10/2018' };
      yield event(stream, 'budget.BudgetOpened', { budgetId, fiscalYear: year, holderAgencyId: agency(1), source: 'standing-agency-budget', openedOn: day(year, month, 2), regulation: budgetRule }, at(day(year, month, 2)));
      yield event(stream, 'budget.Appropriated', {
        budgetId, decision: { number: `${year}/QĐ-UBND`, date: day(year, month, 10) },
        lines: [
          { lineId: 'hanh-chinh', category: 'quan-ly-hanh-chinh', title: 'Chi quản lý hành chính', amount: '1200000000' },
          { lineId: 'tuyen-truyen', category: 'tuyen-truyen', title: 'Tuyên truyền', amount: '2000000000' },
        ],
        total: '3200000000', ceiling: null, regulation: budgetRule,
      }, at(day(year, month, 10)));
      for (let e = 0; e < 24; e++) {
        const spentOn = day(year, month + Math.floor(e / 2) > 12 ? 12 : month + Math.floor(e / 2), 12 + (e % 2) * 5);
        yield event(stream, 'budget.ExpenditureRecorded', { budgetId, expenditureId: uuidOf(`${budgetId}-e${e}`), lineId: e % 2 ? 'hanh-chinh' : 'tuyen-truyen', amount: '10000000', spentOn, voucher: `PC-${e}`, payee: 'Công ty TNHH Hồng Đức', description: 'Chi theo dự toán', specialExpenditureId: null, decidedBy: null }, at(spentOn));
      }
    }
  }
}
