// The meeting aggregate: its commands, `decide` dispatching to the rule families, and its binding
// (stream `meetings-meeting-<tenant>-<meetingId>`, events stored as `meetings.<Type>`).
import { type CommandOf, deciderOf, defineAggregate } from '@bcd/kernel';
import { decideAbsence, nameDelegate, requestAbsence } from './attendance.js';
import { distribute } from './documents.js';
import { assignActionItem, completeActionItem, extendActionItem, noteProgress, recordConclusion } from './follow-up.js';
import { hold, issue } from './outputs.js';
import { evolve, initialState } from './meeting.js';
import { cancel, reschedule, schedule } from './scheduling.js';

export const meetingDecider = deciderOf({
  initialState,
  evolve,
  decide: {
    ScheduleMeeting: schedule,
    RescheduleMeeting: reschedule,
    CancelMeeting: cancel,
    DistributeDocument: distribute,
    RequestAbsence: requestAbsence,
    DecideAbsence: decideAbsence,
    NameDelegate: nameDelegate,
    HoldMeeting: hold,
    IssueMeetingDocument: issue,
    RecordConclusion: recordConclusion,
    AssignActionItem: assignActionItem,
    NoteProgress: noteProgress,
    CompleteActionItem: completeActionItem,
    ExtendActionItem: extendActionItem,
  },
});

export type MeetingCommand = CommandOf<typeof meetingDecider>;

export const meetingStream = (tenant: string, meetingId: string): string => `meetings-meeting-${tenant}-${meetingId}`;

export const meetingAggregate = defineAggregate({ name: 'meeting', namespace: 'meetings', decider: meetingDecider, streamId: meetingStream });
