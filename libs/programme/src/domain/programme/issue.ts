// The chair issues the programme by decision (Thanh Hóa 2018, Bình Định 2021, Phú Thọ 2022 Điều 3.1: "ban hành chương
// trình, kế hoạch công tác, kiểm tra hàng năm của Ban Chỉ đạo"), as the member holding the chair of the programme's
// committee on the roster of the decision's date. Once issued, its tasks are owed from that day. Whether it was issued
// on time: no seed regulation sets a deadline for it, so the tenant may set one when opening the year's programme
// (`issueBy`); the judgement is recorded on the event — on time or late against it, not judged (null) without one.
import type { Command } from '@bcd/kernel';
import type { Decision, RegulationSpan } from '@bcd/regulation';
import type { MemberRole } from '@bcd/contracts';
import { refuse, Rules } from '../rules.js';
import { opened } from './drafting.js';
import type { ProgrammeEvent, ProgrammeState } from './programme.js';
import { ensureChair, inForce, ruleData } from './regulation.js';

export type IssueProgramme = Command<
  'IssueProgramme',
  {
    programmeId: string;
    decision: Decision;
    /** The caller's seat on the roster of the decision's date. */
    issuedBy: { memberId: string; role: MemberRole; committeeId: string };
    regulation: RegulationSpan | undefined;
  }
>;

export function issueProgramme({ data }: IssueProgramme, state: ProgrammeState): ProgrammeEvent[] {
  const programme = opened(state, data.programmeId);
  if (programme.issuedOn !== null) throw refuse(Rules.flow, `The ${programme.year} programme was already issued on ${programme.issuedOn}.`);
  const issuedOn = data.decision.date;
  const span = inForce(data.regulation, issuedOn);
  ensureChair(span.adoption.pack, data.issuedBy, programme.committeeId, issuedOn, 'Issuing the work programme');
  // Dates may be back-dated: the issue comes after the draft it issues, on their business dates.
  if (issuedOn < programme.draftedUntil) throw refuse(Rules.flow, `Issued on ${issuedOn}, before the draft's last change (${programme.draftedUntil}).`);
  const tasks = Object.values(programme.tasks);
  if (tasks.length === 0) throw refuse(Rules.task, `The ${programme.year} programme has no task: a work programme is issued with its tasks.`);
  const early = tasks.find((t) => t.dueOn < issuedOn);
  if (early) throw refuse(Rules.task, `Task ${early.taskId} is due on ${early.dueOn}, before the programme is issued (${issuedOn}): its deadline cannot be met.`);
  const { issueBy } = programme;
  return [
    {
      type: 'ProgrammeIssued',
      data: {
        programmeId: programme.programmeId,
        year: programme.year,
        decision: data.decision,
        issuedBy: { memberId: data.issuedBy.memberId, role: data.issuedBy.role },
        tasks: tasks.length,
        inspections: Object.keys(programme.inspections).length,
        timeliness: { issueBy, onTime: issueBy === null ? null : issuedOn <= issueBy },
        regulation: ruleData(span),
      },
    },
  ];
}
