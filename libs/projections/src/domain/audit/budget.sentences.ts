// The budget context's events in Vietnamese (data as BUDGET_EVENT_DATA of @bcd/contracts validates it). Amounts are
// whole đồng from their decimal strings, exact at any size, with dots between thousands (`1.234.567 đồng`).
import type { BUDGET_EVENT_DATA, FundingSource } from '@bcd/contracts';
import { agency, date, decision, member, money, quote, roleName, sentence, type Sentences } from './sentence.js';

const SOURCES: Record<FundingSource, string> = {
  'standing-agency-budget': 'kinh phí của cơ quan thường trực',
  'each-agency-recurrent-budget': 'kinh phí chi thường xuyên của từng cơ quan',
  'other-lawful-sources': 'các nguồn hợp pháp khác',
};

const ceiling = (amount: string | null) => (amount === null ? '' : `, trong mức trần ${money(amount)}`);

export const budgetSentences: Sentences<typeof BUDGET_EVENT_DATA> = {
  BudgetOpened: (b) => sentence`Mở ngân sách năm ${b.fiscalYear} của ${agency(b.holderAgencyId)} ngày ${date(b.openedOn)}, nguồn: ${SOURCES[b.source]} (${b.regulation.article}).`,
  EstimateDrafted: (e) => sentence`Lập dự toán ${e.lines.length} khoản, tổng cộng ${money(e.total)}, ngày ${date(e.draftedOn)}.`,
  EstimateSubmitted: (e) => sentence`Trình dự toán tổng cộng ${money(e.total)} ngày ${date(e.submittedOn)} (${e.regulation.article}).`,
  EstimateAppraised: (e) => sentence`Sở Tài chính thẩm định dự toán ngày ${date(e.appraisedOn)}: tổng cộng ${money(e.total)}${e.comments ? `; ý kiến: ${quote(e.comments)}` : ''}.`,
  EstimateReviewed: (e) => sentence`Dự toán được thông qua ${member(e.reviewedBy.memberId)} (${roleName(e.reviewedBy.role)}) ngày ${date(e.reviewedOn)} (${e.article}).`,
  Appropriated: (a) => sentence`Giao dự toán ${a.lines.length} khoản, tổng cộng ${money(a.total)}, theo ${decision(a.decision)}${ceiling(a.ceiling)}.`,
  AppropriationSupplemented: (a) => sentence`Bổ sung dự toán ${money(a.total)} theo ${decision(a.decision)}${ceiling(a.ceiling)}.`,
  AppropriationReallocated: (a) => sentence`Điều chuyển ${money(a.amount)} giữa hai khoản dự toán theo ${decision(a.decision)}.`,
  ExpenditureRecorded: (e) =>
    sentence`Chi ${money(e.amount)} ngày ${date(e.spentOn)} cho ${e.payee} (chứng từ ${e.voucher}): ${quote(e.description)}${e.specialExpenditureId ? '; khoản chi đặc thù đã được phê duyệt' : ''}.`,
  SpecialExpenditureProposed: (s) => sentence`Đề xuất khoản chi đặc thù ${quote(s.title)} ${money(s.amount)} ngày ${date(s.proposedOn)}; lý do: ${s.reason} (${s.regulation.article}).`,
  SpecialExpenditureCoordinated: (s) =>
    sentence`Sở Tài chính ${s.agrees ? `đồng ý khoản chi đặc thù${s.agreedAmount === null ? '' : ` với số tiền ${money(s.agreedAmount)}`}` : 'không đồng ý khoản chi đặc thù'} ngày ${date(s.coordinatedOn)}: ${quote(s.opinion)}.`,
  SpecialExpenditureDecided: (s) =>
    sentence`${member(s.decidedBy.memberId)} (${roleName(s.decidedBy.role)}) ${
      s.approved ? `phê duyệt khoản chi đặc thù${s.approvedAmount === null ? '' : ` ${money(s.approvedAmount)}`}` : 'không phê duyệt khoản chi đặc thù'
    } ngày ${date(s.decidedOn)} (${s.article}).`,
  UnplannedTaskAssigned: (t) => sentence`Nhiệm vụ đột xuất được giao theo ${decision(t.assignment)}: ${quote(t.description)} (${t.regulation.article}).`,
  UnplannedTaskFundingProposed: (t) => sentence`Đề xuất kinh phí ${money(t.amount)} cho nhiệm vụ đột xuất ngày ${date(t.proposedOn)}, phối hợp với ${t.coordinatedWith}.`,
  UnplannedTaskFundingDecided: (t) =>
    t.funded
      ? sentence`Cấp kinh phí${t.amount === null ? '' : ` ${money(t.amount)}`} cho nhiệm vụ đột xuất theo ${decision(t.decision)}.`
      : sentence`Không cấp kinh phí cho nhiệm vụ đột xuất theo ${decision(t.decision)}.`,
  SettlementSubmitted: (s) => sentence`Trình quyết toán ngày ${date(s.submittedOn)}: dự toán được giao ${money(s.appropriated)}, đã chi ${money(s.spent)}.`,
  SettlementApproved: (s) => sentence`Phê duyệt quyết toán ngày ${date(s.approvedOn)} theo ${decision(s.decision)}.`,
  SettlementCorrected: (s) =>
    sentence`Điều chỉnh ${s.amount.startsWith('-') ? `giảm ${money(s.amount.slice(1))}` : `tăng ${money(s.amount)}`} số đã chi sau quyết toán theo ${decision(s.decision)}; lý do: ${s.reason}.`,
};
