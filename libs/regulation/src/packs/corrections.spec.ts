// Issue 10: the regulations read again article by article. One test per correction, each asserting the
// rule id (`<pack>/<path>`, as refusals carry it) and the article it cites.
import { LocalDate, parseInstant, vietnamCalendar } from '@bcd/calendar';
import { absenceConsentRule } from '../absence.js';
import { ruleRef } from '../citation.js';
import { checkDocumentLeadTime } from '../document-lead-time.js';
import type { RulePack } from '../rule-pack.schema.js';
import { scheduleForPack } from '../schedule.js';
import { configurePack, tenantDecisions } from '../tenant-configuration.js';
import { CORRECTIONS } from './corrections.js';
import { BUILT_IN_PACKS, binhDinh2021, builtInPack, kienGiang2008, phuTho2022, thanhHoa2014, thanhHoa2018 } from './index.js';

const d = (s: string) => LocalDate.parse(s);
const article = (pack: RulePack, path: string) => ruleRef(pack, path)?.article;
const ids = (pack: RulePack, path: string) => ruleRef(pack, path)?.rule;

describe('issue 10: corrections to the built-in packs', () => {
  it('every correction names cited rules of the built-in packs', () => {
    expect(CORRECTIONS.map((c) => c.item)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    for (const { rules } of CORRECTIONS) {
      for (const { packId, path } of rules) {
        const pack = builtInPack(packId);
        const node = path.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], pack) as { kind?: string; citation?: unknown };
        // A `none` slot has no article; every other corrected rule cites one.
        if (node.kind !== 'none') expect(ruleRef(pack, path)).toEqual({ rule: `${packId}/${path}`, article: expect.stringMatching(/^Điều \d+/) });
      }
    }
  });

  it('1. Thanh Hóa 2014: only the standing member who is Giám đốc Sở TTTT signs notices and minutes (Điều 5.1đ)', () => {
    expect(ids(thanhHoa2014, 'documents.noticeSigner')).toBe('thanh-hoa-2014/documents.noticeSigner');
    expect(article(thanhHoa2014, 'documents.noticeSigner')).toBe('Điều 5 khoản 1 điểm đ, Quyết định 3461/QĐ-BCĐ ngày 16/10/2014');
    expect(thanhHoa2014.documents.noticeSigner).toMatchObject({ kind: 'role', role: 'standing-member', agency: 'Sở Thông tin và Truyền thông' });
  });

  it('2. Thanh Hóa 2014: the chair (Điều 9.1) or the vice chair (Điều 9.2) convenes an extraordinary meeting', () => {
    expect(ids(thanhHoa2014, 'meetings.extraordinary')).toBe('thanh-hoa-2014/meetings.extraordinary');
    expect(article(thanhHoa2014, 'meetings.extraordinary')).toBe('Điều 9 khoản 1, Quyết định 3461/QĐ-BCĐ ngày 16/10/2014');
    const rule = thanhHoa2014.meetings.extraordinary;
    expect(rule.kind === 'allowed' && rule.convenedBy).toEqual(['chair', 'vice-chair']);
    expect(rule.kind === 'allowed' && rule.seeAlso?.map((c) => c.article)).toEqual(['Điều 9 khoản 2']);
  });

  it('3. Bình Định 2021: notices and minutes signer left to the tenant (Điều 7.6); "Phó Trưởng ban" includes the standing vice chair (Điều 4.3, 5.5); report to the Ủy ban Quốc gia, Tỉnh ủy and UBND (Điều 8.1)', () => {
    expect(binhDinh2021.documents.noticeSigner.kind).toBe('tenant-decides');
    expect(ids(binhDinh2021, 'documents.noticeSigner')).toBe('binh-dinh-2021/documents.noticeSigner');
    expect(article(binhDinh2021, 'documents.noticeSigner')).toMatch(/^Điều 7 khoản 6, Quyết định/);
    expect(tenantDecisions(binhDinh2021).map((t) => t.path)).toContain('documents.noticeSigner');

    expect(article(binhDinh2021, 'reporting.adHocReports')).toMatch(/^Điều 5 khoản 5,/);
    const adHoc = binhDinh2021.reporting.adHocReports;
    expect(adHoc.kind === 'on-request' && adHoc.requestedBy).toEqual(['chair', 'standing-vice-chair', 'vice-chair']);
    expect(adHoc.kind === 'on-request' && adHoc.seeAlso?.map((c) => c.article)).toEqual(['Điều 4 khoản 3']);
    expect(binhDinh2021.reporting.activityReports[0].recipients).toContain('standing-vice-chair');

    const national = binhDinh2021.reporting.activityReports[1];
    expect(ids(binhDinh2021, 'reporting.activityReports.1')).toBe('binh-dinh-2021/reporting.activityReports.1');
    expect(article(binhDinh2021, 'reporting.activityReports.1')).toMatch(/^Điều 8 khoản 1,/);
    expect(national).toMatchObject({ author: 'committee', recipients: ['national-committee', 'provincial-party-committee', 'provincial-people-committee'] });
    expect(national.due.kind).toBe('tenant-decides');
  });

  it('4. Phú Thọ 2022: agencies report by the committee\'s template (Điều 4.3, 12.2), recipient by the tenant; Điều 6.4 is issue reporting; working-group report (Điều 8.6); report signer (Điều 10.5)', () => {
    const reports = phuTho2022.reporting.memberReports;
    expect(reports.reporter).toBe('agencies');
    expect(ids(phuTho2022, 'reporting.memberReports')).toBe('phu-tho-2022/reporting.memberReports');
    expect(article(phuTho2022, 'reporting.memberReports')).toBe('Điều 4 khoản 3, Quyết định 1344/QĐ-BCĐCĐS ngày 18/05/2022');
    expect(reports.seeAlso?.map((c) => c.article)).toEqual(['Điều 12 khoản 2']);
    expect(reports.recipient).toMatchObject({ kind: 'tenant-decides' });
    expect(tenantDecisions(phuTho2022).map((t) => t.path)).toEqual(expect.arrayContaining(['reporting.memberReports.recipient', 'reporting.memberReports.due']));

    expect(phuTho2022.reporting.issueReports).toMatchObject({ kind: 'as-they-arise', recipients: ['chair', 'vice-chair'] });
    expect(article(phuTho2022, 'reporting.issueReports')).toMatch(/^Điều 6 khoản 4,/);

    expect(phuTho2022.reporting.activityReports[1]).toMatchObject({ author: 'working-group', recipients: ['chair', 'vice-chair', 'member'], cadences: [], adHoc: true, due: { kind: 'none' } });
    expect(article(phuTho2022, 'reporting.activityReports.1')).toMatch(/^Điều 8 khoản 6,/);

    expect(phuTho2022.documents.reportSigner).toMatchObject({
      kind: 'roles',
      signers: [
        { role: 'chair', onlyWhenAuthorised: false },
        { role: 'vice-chair', onlyWhenAuthorised: true },
      ],
      addressees: ['provincial-people-committee', 'ministry', 'national-committee'],
    });
    expect(ids(phuTho2022, 'documents.reportSigner')).toBe('phu-tho-2022/documents.reportSigner');
    expect(article(phuTho2022, 'documents.reportSigner')).toMatch(/^Điều 10 khoản 5,/);
  });

  it('5. Phú Thọ 2022: the chair (Điều 9.2) or the presiding person (Điều 6.5, 4.1) consents to an absence, each with its article', () => {
    const absence = phuTho2022.meetings.absence;
    if (absence.kind !== 'report-and-approval') throw new Error('Phú Thọ 2022 has an absence rule');
    expect(absence.approvers.map((a) => [a.by, a.citation.article])).toEqual([
      ['chair', 'Điều 9 khoản 2'],
      ['presiding-person', 'Điều 6 khoản 5'],
    ]);
    expect(absence.approvers[1].seeAlso?.map((c) => c.article)).toEqual(['Điều 4 khoản 1']);
    expect(ids(phuTho2022, 'meetings.absence.approvers.1')).toBe('phu-tho-2022/meetings.absence.approvers.1');
    expect(article(phuTho2022, 'meetings.absence.approvers.1')).toBe('Điều 6 khoản 5, Quyết định 1344/QĐ-BCĐCĐS ngày 18/05/2022');
    expect(absence.note).toMatch(/Điều 9 khoản 2.*Điều 6 khoản 5/);
    // The article applied is the one the consenter answers to.
    expect(absenceConsentRule(phuTho2022, { isChair: true, presides: true })?.citation.article).toBe('Điều 9 khoản 2');
    expect(absenceConsentRule(phuTho2022, { isChair: true, presides: false })?.citation.article).toBe('Điều 9 khoản 2');
    expect(absenceConsentRule(phuTho2022, { isChair: false, presides: true })).toMatchObject({ by: 'presiding-person', citation: { article: 'Điều 6 khoản 5' } });
    expect(absenceConsentRule(phuTho2022, { isChair: false, presides: false })).toBeUndefined();
    // Elsewhere only the one the regulation names: Kiên Giang 2008 the chair (Điều 10), Thanh Hóa 2018 the presiding person.
    expect(absenceConsentRule(kienGiang2008, { isChair: false, presides: true })).toBeUndefined();
    expect(absenceConsentRule(thanhHoa2018, { isChair: true, presides: false })).toBeUndefined();
    expect(absenceConsentRule(thanhHoa2014, { isChair: true, presides: true })).toBeUndefined();
  });

  it('6. Phú Thọ 2022: Điều 11.3 funds unplanned tasks assigned by UBND tỉnh, in its own slot', () => {
    expect(phuTho2022.budget.specialExpenditure.kind).toBe('none');
    expect(phuTho2022.budget.unplannedTasks).toMatchObject({
      kind: 'flow',
      assignedBy: 'provincial-people-committee',
      proposer: 'standing-agency',
      coordinatesWith: 'finance-department',
      decidedBy: 'competent-authority',
    });
    expect(ids(phuTho2022, 'budget.unplannedTasks')).toBe('phu-tho-2022/budget.unplannedTasks');
    expect(article(phuTho2022, 'budget.unplannedTasks')).toMatch(/^Điều 11 khoản 3,/);
    // Thanh Hóa 2018 Điều 11.2 stays the one special expenditure with no norm.
    expect(article(thanhHoa2018, 'budget.specialExpenditure')).toMatch(/^Điều 11 khoản 2,/);
  });

  it('7. Kiên Giang 2008: the legal bases of spending, the standing office decides each expenditure (Điều 12); who "Thường trực Ban" is, the tenant chooses (Điều 2.2)', () => {
    const categories = kienGiang2008.budget.categories;
    expect(categories.kind === 'per-legal-documents' && categories.documents.map((doc) => doc.split(' (')[0])).toEqual([
      'Thông tư liên tịch số 43/2008/TTLT-BTC-BTTTT ngày 26/5/2008',
      'Thông tư liên tịch số 44/2007/TTLT-BTC-BKHCN',
      'Quyết định số 15/2008/QĐ-UBND ngày 24/3/2008 của UBND tỉnh Kiên Giang',
      'các văn bản quy định khác có liên quan của Nhà nước',
    ]);
    expect(ids(kienGiang2008, 'budget.expenditureDecision')).toBe('kien-giang-2008/budget.expenditureDecision');
    expect(article(kienGiang2008, 'budget.expenditureDecision')).toBe('Điều 12, Quyết định 1507/QĐ-UBND ngày 23/06/2008');
    expect(kienGiang2008.budget.expenditureDecision).toMatchObject({ kind: 'by', actor: 'standing-agency' });

    expect(article(kienGiang2008, 'composition.standingOffice')).toMatch(/^Điều 2 khoản 2,/);
    const office = tenantDecisions(kienGiang2008).find((t) => t.path === 'composition.standingOffice');
    expect(office?.note).toMatch(/Phó Trưởng ban Thường trực/);
    const chosen = configurePack(kienGiang2008, {
      'composition.standingOffice': { kind: 'held-by', role: 'standing-vice-chair', citation: { article: 'Điều 1', decision: '12/QĐ-BCĐ', signedOn: '2009-01-05' } },
    });
    expect(chosen.composition.standingOffice).toMatchObject({ kind: 'held-by', role: 'standing-vice-chair' });
    expect(kienGiang2008.documents.seals[1]).toMatchObject({ signer: 'standing-agency', seal: 'standing-agency', note: expect.stringContaining('composition.standingOffice') });
  });

  it('8. Thanh Hóa 2014/2018 (Điều 2.6), Phú Thọ 2022 (Điều 11.1): standing members and secretaries use their own agency\'s seal; every notice signer has a seal rule', () => {
    for (const pack of [thanhHoa2014, thanhHoa2018]) {
      const i = pack.documents.seals.findIndex((s) => s.signer === 'standing-member');
      expect(pack.documents.seals[i].seal).toBe('own-agency');
      expect(ids(pack, `documents.seals.${i}`)).toBe(`${pack.id}/documents.seals.${i}`);
      expect(article(pack, `documents.seals.${i}`)).toMatch(/^Điều 2 khoản 6,/);
    }
    expect(thanhHoa2018.documents.seals.find((s) => s.signer === 'secretary')?.seal).toBe('own-agency');
    expect(article(phuTho2022, 'documents.seals.2')).toMatch(/^Điều 11 khoản 1,/);
    for (const pack of BUILT_IN_PACKS) {
      const signer = pack.documents.noticeSigner;
      if (signer.kind === 'role') expect(pack.documents.seals.map((s) => s.signer)).toContain(signer.role);
    }
  });

  it('9. Thanh Hóa 2014: the 6-month threshold is for work trips and full-time study only (Điều 2.4)', () => {
    const rule = thanhHoa2014.composition.longAbsence;
    expect(rule).toMatchObject({ kind: 'notify-and-replace', thresholdMonths: 6, thresholdReasons: ['work-trip', 'study'] });
    expect(ids(thanhHoa2014, 'composition.longAbsence')).toBe('thanh-hoa-2014/composition.longAbsence');
    expect(article(thanhHoa2014, 'composition.longAbsence')).toBe('Điều 2 khoản 4, Quyết định 3461/QĐ-BCĐ ngày 16/10/2014');
  });

  it('10. only Thanh Hóa 2018 has a secretary, and it is the standing member (Điều 5)', () => {
    expect(thanhHoa2018.composition.secretary.kind).toBe('held-by-standing-member');
    expect(ids(thanhHoa2018, 'composition.secretary')).toBe('thanh-hoa-2018/composition.secretary');
    expect(article(thanhHoa2018, 'composition.secretary')).toBe('Điều 5, Quyết định 4095/QĐ-BCĐ ngày 19/10/2018');
    expect(BUILT_IN_PACKS.filter((p) => p.composition.secretary.kind !== 'none').map((p) => p.id)).toEqual(['thanh-hoa-2018']);
  });

  it('11. a due date on a day off rolls to the next working day (BLDS 2015 Điều 148.5): Kiên Giang Q3 2019, Sunday 15/9 → Monday 16/9/2019', () => {
    const [q3] = scheduleForPack(kienGiang2008, d('2019-07-01'), d('2019-09-30'), undefined, vietnamCalendar).reportObligations;
    expect(q3).toMatchObject({
      regulation: { packId: 'kien-giang-2008' },
      period: '2019-Q3',
      literalDueDate: '2019-09-15',
      dueDate: '2019-09-16',
      deadline: { reading: 'no-later-than', wording: 'chậm nhất ngày 15 của tháng cuối quý', onDayOff: 'next-working-day' },
      rolledOver: { because: '2019-09-15 is a Sunday', citation: { article: 'Điều 148 khoản 5', decision: 'Bộ luật Dân sự số 91/2015/QH13' }, holidaysKnown: true },
    });
    expect(ids(kienGiang2008, 'reporting.memberReports.due')).toBe('kien-giang-2008/reporting.memberReports.due');
    expect(q3.citation.article).toBe('Điều 11');
    // A province may keep the literal date.
    const literal = configurePack(kienGiang2008, { 'reporting.memberReports.due.deadlines.0.due.onDayOff': 'literal' });
    expect(scheduleForPack(literal, d('2019-07-01'), d('2019-09-30')).reportObligations[0]).toMatchObject({ literalDueDate: '2019-09-15', dueDate: '2019-09-15', rolledOver: null });
  });

  it('12. lead times in working days leave out the sending day and the meeting day (BLDS 2015 Điều 147.2): Friday 2024-03-15, 3 days → Monday 2024-03-11', () => {
    const meetingAt = parseInstant('2024-03-15T08:00:00+07:00');
    const byMonday = checkDocumentLeadTime(kienGiang2008, { meetingAt, documentsSentAt: parseInstant('2024-03-11T17:00:00+07:00'), periodic: true });
    expect(byMonday).toMatchObject({
      outcome: 'met',
      latestSendDate: '2024-03-11',
      requirement: { unit: 'working-days', days: 3, counting: 'exclude-send-day-and-meeting-day' },
      citation: { article: 'Điều 11' },
      counting: { article: 'Điều 147 khoản 2' },
    });
    expect(ids(kienGiang2008, 'meetings.documentLeadTime')).toBe('kien-giang-2008/meetings.documentLeadTime');
    expect(checkDocumentLeadTime(kienGiang2008, { meetingAt, documentsSentAt: parseInstant('2024-03-12T08:00:00+07:00'), periodic: true }).outcome).toBe('missed');
    // Hours are clock hours (Điều 147.1), weekends included: Monday 08:00 meeting, sent Saturday 08:00 = 48 hours.
    expect(
      checkDocumentLeadTime(binhDinh2021, { meetingAt: parseInstant('2024-03-18T08:00:00+07:00'), documentsSentAt: parseInstant('2024-03-16T08:00:00+07:00'), periodic: false }),
    ).toMatchObject({ outcome: 'met', requirement: { unit: 'hours', hours: 48, counting: 'clock-hours' }, counting: { article: 'Điều 147 khoản 1' } });
    // A province may count the sending day as the first (the reading before this correction).
    const sendDayCounts = configurePack(kienGiang2008, { 'meetings.documentLeadTime.counting': 'send-day-counts' });
    expect(checkDocumentLeadTime(sendDayCounts, { meetingAt, documentsSentAt: parseInstant('2024-03-12T08:00:00+07:00'), periodic: true })).toMatchObject({
      outcome: 'met',
      latestSendDate: '2024-03-12',
    });
  });

  it('13. Thanh Hóa 2018 does not claim to replace 3461/QĐ-BCĐ: the adoption records it', () => {
    expect(thanhHoa2018.replaces).toEqual([]);
    expect(ids(thanhHoa2018, 'decision')).toBe('thanh-hoa-2018/decision');
    expect(article(thanhHoa2018, 'decision')).toBe('Điều 2 (Quyết định), Quyết định 4095/QĐ-BCĐ ngày 19/10/2018');
    expect(JSON.stringify(thanhHoa2018)).not.toContain('3461');
  });
});
