// The programme context's events in Vietnamese (data as PROGRAMME_EVENT_DATA of @bcd/contracts validates it): the
// committee's annual work programme and inspection plan, drafted, issued by the chair, followed.
import type { PROGRAMME_EVENT_DATA } from '@bcd/contracts';
import { agency, date, decision, member, quote, roleName, sentence, type Sentences } from './sentence.js';

/** `2019-05` → `05/2019`. */
const month = (yearMonth: string) => `${yearMonth.slice(5, 7)}/${yearMonth.slice(0, 4)}`;

const timeliness = ({ issueBy, onTime }: { issueBy: string | null; onTime: boolean | null }) =>
  issueBy === null || onTime === null ? 'không đặt hạn ban hành' : onTime ? `đúng hạn (hạn ${date(issueBy)})` : `chậm so với hạn ${date(issueBy)}`;

export const programmeSentences: Sentences<typeof PROGRAMME_EVENT_DATA> = {
  ProgrammeOpened: (p) =>
    sentence`Mở dự thảo chương trình công tác năm ${p.year} ${quote(p.title)} ngày ${date(p.openedOn)}, ${p.issueBy === null ? 'không đặt hạn ban hành' : `hạn ban hành ${date(p.issueBy)}`} (${p.regulation.article}).`,
  TaskPlanned: (t) => sentence`Dự thảo nhiệm vụ ${quote(t.description)} giao ${agency(t.ownerAgencyId)}, hạn hoàn thành ${date(t.dueOn)}.`,
  TaskAmended: (t) => sentence`Sửa nhiệm vụ trong dự thảo: ${quote(t.description)} giao ${agency(t.ownerAgencyId)}, hạn hoàn thành ${date(t.dueOn)}.`,
  InspectionPlanned: (i) => sentence`Dự kiến kiểm tra ${agency(i.agencyId)} tháng ${month(i.month)}: ${quote(i.subject)}.`,
  InspectionAmended: (i) => sentence`Sửa kế hoạch kiểm tra: ${agency(i.agencyId)} tháng ${month(i.month)}, ${quote(i.subject)}.`,
  ProgrammeIssued: (p) =>
    sentence`${member(p.issuedBy.memberId)} (${roleName(p.issuedBy.role)}) ban hành chương trình công tác năm ${p.year} theo ${decision(p.decision)}, gồm ${p.tasks} nhiệm vụ và ${p.inspections} cuộc kiểm tra, ${timeliness(p.timeliness)} (${p.regulation.article}).`,
  TaskDone: (t) => sentence`Nhiệm vụ của chương trình công tác hoàn thành ngày ${date(t.doneOn)}${t.note ? `: ${quote(t.note)}` : ''}.`,
  TaskExtended: (t) =>
    sentence`${member(t.approvedBy.memberId)} (${roleName(t.approvedBy.role)}) gia hạn nhiệm vụ của chương trình công tác từ ${date(t.previousDueOn)} đến ${date(t.dueOn)} ngày ${date(t.approvedOn)}; lý do: ${quote(t.reason)} (${t.article}).`,
  InspectionDone: (i) => sentence`Đã kiểm tra ${agency(i.agencyId)} ngày ${date(i.doneOn)}${i.findings ? `; kết quả: ${quote(i.findings)}` : ''}.`,
};
