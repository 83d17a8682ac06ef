// Who issues the annual work programme under the regulation in force, and how events cite it. The chair issues it
// in every seed ("ban hành chương trình, kế hoạch công tác, kiểm tra hàng năm của Ban Chỉ đạo": Thanh Hóa 2018,
// Bình Định 2021 and Phú Thọ 2022 Điều 3.1; Thanh Hóa 2014 Điều 5.1d: the plan is proposed to the chair; Kiên Giang
// 2008 names no programme: Điều 5.2, the chair "quyết định những công việc trong Ban Chỉ đạo"), as read in
// WORK_PROGRAMME_READINGS of @bcd/contracts. Whoever issued the programme sets its deadlines: an extension needs
// the chair too.
import type { LocalDate } from '@bcd/calendar';
import { RuleViolation } from '@bcd/kernel';
import { formatCitation, holdsRole, spanRef, type RegulationSpan, type RulePack } from '@bcd/regulation';
import { workProgrammeReadingOf, type MemberRole, type ProgrammeRuleData } from '@bcd/contracts';
import { refuse, Rules } from '../rules.js';

/** The regulation in force on `date`, or a refusal: nothing is recorded on a day no regulation covers. */
export function inForce(regulation: RegulationSpan | undefined, date: LocalDate): RegulationSpan {
  if (!regulation) throw refuse(Rules.noRegulationInForce, `No regulation (Quy chế) of this province was in force on ${date}.`);
  return regulation;
}

/** Whether the regulation names an annual programme, and the article by which the chair issues it. */
export function readingOf(pack: RulePack): { annual: boolean; article: string } {
  const reading = workProgrammeReadingOf(pack.id);
  // A pack the readings do not list (a tenant's own): no programme named; the chair issues one, as the head of the committee.
  const article = formatCitation({ ...pack.decision.citation, article: reading?.article ?? 'Quy chế (không quy định)' });
  return { annual: reading?.annual ?? false, article };
}

/** How events name the regulation a fact was judged by, with the article by which the chair issues the programme. */
export function ruleData(regulation: RegulationSpan): ProgrammeRuleData {
  return { ...spanRef(regulation), article: readingOf(regulation.adoption.pack).article };
}

/**
 * Refuses anyone but the chair of the programme's committee, as the roster of `date` has them (`<pack>/programme.issue`).
 * `what`: what they tried (issue, extend a deadline).
 */
export function ensureChair(pack: RulePack, seat: { role: MemberRole; committeeId: string }, committeeId: string, date: LocalDate, what: string): void {
  const { article } = readingOf(pack);
  if (!holdsRole(pack, seat.role, 'chair')) {
    throw new RuleViolation(`${pack.id}/programme.issue`, article, `${what}: the chair (Trưởng ban) issues the annual work programme and sets its deadlines; the caller is ${seat.role} on ${date}.`);
  }
  if (seat.committeeId !== committeeId) {
    throw new RuleViolation(`${pack.id}/programme.issue`, article, `${what}: the caller chairs committee ${seat.committeeId} on ${date}, not the programme's committee ${committeeId}.`);
  }
}
