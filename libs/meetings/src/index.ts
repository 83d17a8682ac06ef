export * from './domain/rules.js';
export * from './domain/facts.js';
export * from './domain/meeting/meeting.js';
export * from './domain/meeting/meeting.decider.js';
export * from './domain/meeting/scheduling.js';
export * from './domain/meeting/documents.js';
export * from './domain/meeting/attendance.js';
export * from './domain/meeting/outputs.js';
export * from './domain/meeting/follow-up.js';
export * from './domain/meeting/required-meetings.js';
export {
  consultationAggregate,
  consultationDecider,
  consultationStream,
  unanswered,
  type CloseConsultation,
  type ConsultationCommand,
  type ConsultationEvent,
  type ConsultationState,
  type ReceiveOpinion,
  type StartConsultation,
} from './domain/consultation/consultation.js';
export * from './minutes/index.js';
export * from './meetings.module.js';
export { meetingsProjection, MEETINGS_PROJECTION_ID, MEETINGS_MIGRATIONS_DIR, MEETINGS_MIGRATIONS_TABLE } from './read-model/meetings.projection.js';
export { MeetingViewSchema, foldMeeting, type MeetingView } from './read-model/meeting.view.js';
export { meetingsCalendar } from './calendar/meetings.ical.js';
