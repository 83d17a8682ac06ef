// What changed in the built-in packs when the five regulations were read again article by article
// (issue 10, pack schema version 2). The rule table prints it under each pack; corrections.spec.ts holds
// one test per item, asserting the rule id and the article.

export interface PackCorrection {
  /** The item's number in issue 10. */
  item: number;
  /** The packs and rule paths it changed (`<pack>/<path>` is the rule id refusals carry). */
  rules: readonly { packId: string; path: string }[];
  /** What the pack says now, and why. */
  summary: string;
}

const rule = (packId: string, ...paths: string[]) => paths.map((path) => ({ packId, path }));
const ALL = ['kien-giang-2008', 'thanh-hoa-2014', 'thanh-hoa-2018', 'binh-dinh-2021', 'phu-tho-2022'];

export const CORRECTIONS: readonly PackCorrection[] = [
  {
    item: 1,
    rules: rule('thanh-hoa-2014', 'documents.noticeSigner'),
    summary: 'Notices and minutes are signed only by the standing member who is Giám đốc Sở TTTT (`agency`), not by any of the four.',
  },
  { item: 2, rules: rule('thanh-hoa-2014', 'meetings.extraordinary'), summary: 'The chair (Điều 9.1) or the vice chair (Điều 9.2) convenes an extraordinary meeting.' },
  {
    item: 3,
    rules: rule('binh-dinh-2021', 'documents.noticeSigner', 'reporting.adHocReports', 'reporting.issueReports', 'reporting.activityReports.0', 'reporting.activityReports.1'),
    summary:
      'No article names who signs notices and minutes (tenant decides); "Phó Trưởng ban" includes the standing vice chair (Điều 4.3); the committee reports to the Ủy ban Quốc gia, Tỉnh ủy and UBND tỉnh "theo quy định" (Điều 8.1, cadence by the tenant).',
  },
  {
    item: 4,
    rules: rule(
      'phu-tho-2022',
      'reporting.memberReports',
      'reporting.memberReports.recipient',
      'reporting.issueReports',
      'reporting.activityReports.1',
      'documents.reportSigner',
    ),
    summary:
      'Agencies owe periodic reports by the committee\'s template and deadlines, recipient by the tenant (Điều 4.3, 12.2); Điều 6.4 is members\' reporting of problems; the working group reports to chair, vice chair and members (Điều 8.6, ad hoc); the chair, or an authorised vice chair, signs reports to UBND tỉnh, the Bộ and the Ủy ban Quốc gia (Điều 10.5).',
  },
  {
    item: 5,
    rules: rule('phu-tho-2022', 'meetings.absence', 'meetings.absence.approvers.1'),
    summary: "An absence is consented to by the chair (Điều 9.2) or by the person presiding (Điều 6.5; the vice chair when the chair is absent, Điều 4.1); the article applied is recorded.",
  },
  {
    item: 6,
    rules: rule('phu-tho-2022', 'budget.unplannedTasks'),
    summary: 'Điều 11.3 funds unplanned tasks assigned by UBND tỉnh (its own slot), not special expenditure with no norm.',
  },
  {
    item: 7,
    rules: rule('kien-giang-2008', 'budget.categories', 'budget.expenditureDecision', 'composition.standingOffice', 'documents.seals.1'),
    summary:
      'Spending follows TTLT 43/2008, TTLT 44/2007, QĐ 15/2008/QĐ-UBND and other rules; the standing office decides each expenditure; who "Thường trực Ban" is (plausibly the standing vice chair) is the tenant\'s choice.',
  },
  {
    item: 8,
    rules: [...rule('thanh-hoa-2014', 'documents.seals.3'), ...rule('thanh-hoa-2018', 'documents.seals.3', 'documents.seals.4'), ...rule('phu-tho-2022', 'documents.seals.2')],
    summary: 'Standing members (and Thanh Hóa 2018\'s secretary) use their own agency\'s seal: every notice signer has a seal rule.',
  },
  {
    item: 9,
    rules: rule('thanh-hoa-2014', 'composition.longAbsence'),
    summary: 'The 6-month threshold applies to work trips and full-time study only; nghỉ chế độ and a change of personnel have none.',
  },
  {
    item: 10,
    rules: [...rule('thanh-hoa-2018', 'composition.secretary'), ...ALL.filter((id) => id !== 'thanh-hoa-2018').flatMap((id) => rule(id, 'composition.secretary'))],
    summary: 'Only Thanh Hóa 2018 has a secretary, and it is the standing member (Điều 5); a separate secretary seat is refused.',
  },
  {
    item: 11,
    rules: ALL.flatMap((id) => rule(id, 'reporting.memberReports.due')),
    summary: 'A due date on a weekend or holiday rolls to the next working day (BLDS 2015 Điều 148.5; `onDayOff`, per rule, a province may choose `literal`).',
  },
  {
    item: 12,
    rules: rule('kien-giang-2008', 'meetings.documentLeadTime').concat(rule('thanh-hoa-2014', 'meetings.documentLeadTime'), rule('binh-dinh-2021', 'meetings.documentLeadTime')),
    summary:
      'Lead times in working days leave out the sending day (BLDS 2015 Điều 147.2) and the meeting day; hours are clock hours (Điều 147.1). Each rule states its `counting`.',
  },
  {
    item: 13,
    rules: rule('thanh-hoa-2018', 'decision'),
    summary: 'Thanh Hóa 2018 replaces nothing by its own words (a new committee, QĐ 4094/QĐ-UBND): the tenant\'s adoption records `supersedes: 3461/QĐ-BCĐ`.',
  },
];
