// The reporting context's events in Vietnamese (data as REPORTING_EVENT_DATA and REPORTING_CONSOLIDATED_EVENT_DATA
// of @bcd/contracts validate it): obligations and submissions, templates, the consolidated report.
import type { REPORTING_CONSOLIDATED_EVENT_DATA, REPORTING_EVENT_DATA, ReporterData } from '@bcd/contracts';
import { agency, date, dateTime, decision, list, member, quote, sentence, type Part, type Sentences } from './sentence.js';

const REPORT_KINDS = { 'member-report': 'báo cáo định kỳ', 'activity-report': 'báo cáo hoạt động', 'ad-hoc': 'báo cáo đột xuất' } as const;
const BODIES = { 'standing-agency': 'cơ quan thường trực', 'working-group': 'tổ giúp việc', committee: 'Ban Chỉ đạo' } as const;
const CHANNELS = { 'official-email': 'thư điện tử công vụ', paper: 'văn bản giấy', online: 'hệ thống trực tuyến' } as const;
const CADENCES = { quarterly: 'quý', semiannual: '6 tháng', annual: 'năm' } as const;

const reporter = (r: ReporterData): Part[] => (r.kind === 'agency' ? sentence`${agency(r.agencyId)}` : sentence`${BODIES[r.body]}`);

export const reportingSentences: Sentences<typeof REPORTING_EVENT_DATA> = {
  ObligationOpened: (o) =>
    sentence`Mở nghĩa vụ ${REPORT_KINDS[o.report]}${o.period ? ` ${o.period}` : ''}${o.subject ? ` về ${quote(o.subject)}` : ''} của ${reporter(o.reporter)}, hạn nộp ngày ${date(o.due.dueDate)}${
      o.due.rolledOver ? ` (ngày ${date(o.due.literalDueDate)} là ngày nghỉ: ${o.due.rolledOver.article})` : ''
    } (${o.rule.article}).`,
  ObligationRedetermined: (o) => sentence`Xác định lại hạn nộp báo cáo theo quy chế mới: ngày ${date(o.due.dueDate)} (${o.rule.article}).`,
  ObligationWithdrawn: (o) => sentence`Hủy nghĩa vụ báo cáo; lý do: ${o.reason}${o.rule ? ` (${o.rule.article})` : ''}.`,
  ReportSubmitted: (r) =>
    sentence`Nộp ${r.resubmission ? 'lại ' : ''}báo cáo lúc ${dateTime(r.submittedAt)} qua ${CHANNELS[r.channel]}${r.attachments.length > 0 ? `, kèm ${r.attachments.length} tệp` : ''}: ${
      r.timeliness.onTime ? 'đúng hạn' : `trễ hạn ${r.timeliness.daysLate.working} ngày làm việc (${r.timeliness.daysLate.calendar} ngày)`
    }.`,
  ReportReturned: (r) => sentence`Trả lại báo cáo để chỉnh sửa lúc ${dateTime(r.returnedAt)}; lý do: ${r.reason}.`,
  ReportAccepted: (r) => sentence`Chấp nhận báo cáo lúc ${dateTime(r.acceptedAt)}.`,
  TemplateDefined: (t) => sentence`Ban hành mẫu báo cáo ${quote(t.name)} (phiên bản ${t.version}, ${t.fields.length} chỉ tiêu), áp dụng từ ngày ${date(t.effectiveFrom)}.`,
  ReportingAgenciesDesignated: (d) =>
    sentence`Xác định ${d.agencyIds.length} cơ quan phải báo cáo định kỳ từ ngày ${date(d.effectiveFrom)}${d.decision ? ` theo ${decision(d.decision)}` : ''}${
      d.agencyIds.length > 0 ? sentence`: ${list(d.agencyIds.map(agency))}` : ''
    }.`,
  ReminderHorizonSet: (r) => sentence`Đặt thời gian nhắc hạn báo cáo trước ${r.days} ngày.`,
};

export const consolidatedReportSentences: Sentences<typeof REPORTING_CONSOLIDATED_EVENT_DATA> = {
  ConsolidatedReportDrafted: (r) =>
    sentence`${agency(r.draftedBy.agencyId)} (cơ quan thường trực) dự thảo báo cáo tổng hợp ${CADENCES[r.cadence]} ${quote(r.title)} kỳ ${r.period} ngày ${date(r.draftedOn)}, tổng hợp từ ${
      r.sourceObligationIds.length
    } báo cáo (${r.regulation.article}).`,
  ConsolidatedReportCirculated: (r) =>
    sentence`Gửi dự thảo báo cáo tổng hợp tới ${r.recipients.length} thành viên để góp ý ngày ${date(r.circulatedOn)}, hạn góp ý ngày ${date(r.commentDeadline)}${r.article ? ` (${r.article})` : ''}.`,
  ConsolidatedReportCommented: (r) => sentence`${member(r.memberId)} góp ý dự thảo báo cáo tổng hợp ngày ${date(r.receivedOn)}${r.late ? ', sau thời hạn' : ''}.`,
  ConsolidatedReportRevised: (r) => sentence`Chỉnh sửa dự thảo báo cáo tổng hợp ngày ${date(r.revisedOn)}: ${quote(r.note)}.`,
  ConsolidatedReportSubmitted: (r) =>
    sentence`Trình báo cáo tổng hợp lên ${member(r.to.memberId)} (Trưởng ban) ngày ${date(r.submittedOn)}; ${r.commentsReceived} thành viên đã góp ý, ${r.commentsMissing.length} thành viên chưa góp ý.`,
};
