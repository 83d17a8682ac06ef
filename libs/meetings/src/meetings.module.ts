import { Module } from '@nestjs/common';
import { Caller, readModelProvider, Regulations } from '@bcd/service-host';
import { CalendarFeeds } from './application/calendar-feeds.js';
import { ConsultationCommands } from './application/consultation.commands.js';
import { MeetingFacts } from './application/facts.js';
import { MeetingFiles } from './application/files.js';
import { MeetingCommands } from './application/meeting.commands.js';
import { DocumentFileHandler, DocumentsDeadlineHandler, MeetingDocumentFileHandler, RequiredMeetingsHandler } from './application/meeting.queries.js';
import { CalendarFeedController, MeetingFilesController } from './http/calendar.controller.js';
import { ConsultationsController } from './http/consultations.controller.js';
import { MeetingAttendanceController } from './http/meeting-attendance.controller.js';
import { MeetingFollowUpController } from './http/meeting-follow-up.controller.js';
import { MeetingsController } from './http/meetings.controller.js';
import { ActionItemsHandler } from './read-model/action-items.query.js';
import { consultationQueryHandlers } from './read-model/consultations.query.js';
import { meetingQueryHandlers } from './read-model/meetings.query.js';
import { meetingsProjection } from './read-model/meetings.projection.js';

/**
 * Meetings: scheduling, documents and their lead time, attendance, the notice and the minutes, conclusions
 * and action items, written consultations, required meetings and the calendar feed. Runs on the host kit;
 * reads the roster (ROSTERS), the regulation in force (REGULATIONS_IN_FORCE), the working calendar
 * (WORKING_CALENDARS) and names (MEMBERSHIP_DIRECTORY, optional: without it documents print ids) through
 * ports, never another context's tables.
 */
@Module({
  // Static routes (consultations, required, action-items, files, calendar-feed) before `:meetingId`.
  controllers: [ConsultationsController, MeetingFilesController, CalendarFeedController, MeetingsController, MeetingAttendanceController, MeetingFollowUpController],
  providers: [
    readModelProvider(meetingsProjection),
    Regulations,
    Caller,
    MeetingFacts,
    MeetingFiles,
    CalendarFeeds,
    MeetingCommands,
    ConsultationCommands,
    DocumentsDeadlineHandler,
    RequiredMeetingsHandler,
    MeetingDocumentFileHandler,
    DocumentFileHandler,
    ActionItemsHandler,
    ...meetingQueryHandlers,
    ...consultationQueryHandlers,
  ],
})
export class MeetingsModule {}
