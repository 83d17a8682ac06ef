// The obligation aggregate: its commands, `decide` dispatching to the rule families, and its binding
// (stream `reporting-obligation-<tenant>-<obligationId>`, events stored as `reporting.<Type>`). The events
// that open, follow or withdraw an obligation are stored under ids made from their names: two opening
// processes running at once record each of them once.
import { nameBasedId, type CommandOf, deciderOf, defineAggregate } from '@bcd/kernel';
import { evolve, initialState, type ObligationEvent } from './obligation.js';
import { openObligation, requestAdHocReport, withdrawObligation } from './opening.js';
import { acceptReport, returnReport, submitReport } from './submission.js';

export const obligationDecider = deciderOf({
  initialState,
  evolve,
  decide: {
    OpenObligation: openObligation,
    WithdrawObligation: withdrawObligation,
    RequestAdHocReport: requestAdHocReport,
    SubmitReport: submitReport,
    ReturnReport: returnReport,
    AcceptReport: acceptReport,
  },
});

export type ObligationCommand = CommandOf<typeof obligationDecider>;

export const obligationStream = (tenant: string, obligationId: string): string => `reporting-obligation-${tenant}-${obligationId}`;

/** The id of an event the opening process records: the same in every process that records it. */
export function openingEventId(event: ObligationEvent): string | undefined {
  switch (event.type) {
    case 'ObligationOpened':
      return nameBasedId('reporting-event', event.data.obligationId, 'opened');
    case 'ObligationRedetermined':
      return nameBasedId('reporting-event', event.data.obligationId, 'redetermined', event.data.rule.packId, event.data.rule.decisionNumber ?? '', event.data.due.dueDate);
    case 'ObligationWithdrawn':
      return nameBasedId('reporting-event', event.data.obligationId, 'withdrawn');
    default:
      return undefined;
  }
}

export const obligationAggregate = defineAggregate({
  name: 'obligation',
  namespace: 'reporting',
  decider: obligationDecider,
  streamId: obligationStream,
  eventId: openingEventId,
});
