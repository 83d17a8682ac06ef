import { Body, Controller, Inject, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { RoleGroups } from '@bcd/auth';
import { z } from 'zod';
import { CLOCK, type Clock, NotFound, ValidationFailed } from '@bcd/kernel';
import { Change, FILE_MEDIA_TYPES, ReadFile, sendFile, UploadFile, View } from '@bcd/service-host';
import { CalendarFeeds } from '../application/calendar-feeds.js';
import { MeetingFacts } from '../application/facts.js';
import { MeetingFiles } from '../application/files.js';
import { ContentHashParam } from './meetings.schemas.js';


const CalendarFeedSchema = z.strictObject({
  /** The secret URL (relative to this host): shown once; give it to a calendar client. */
  url: z.string(),
  issuedAt: View.instant,
});

const StoredFileSchema = z.strictObject({ contentHash: z.string(), mediaType: z.string(), sizeBytes: z.int(), storedAt: View.instant });

/** The files distributed with meetings, and the per-user calendar feed of the province's meetings. */
@ApiTags('meetings')
@Controller('api/tenants/:tenant/meetings')
export class MeetingFilesController {
  constructor(
    private readonly files: MeetingFiles,
    private readonly feeds: CalendarFeeds,
    private readonly facts: MeetingFacts,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @UploadFile('files/:contentHash', {
    operationId: 'uploadMeetingFile',
    summary:
      'Store a file under its SHA-256 (64 lowercase hex digits), the body being its bytes with their media type (PDF, office files, images, or application/octet-stream). A distribution names the hash; the file is served only through its document\'s authorised route. The same bytes again change nothing.',
    mediaTypes: [...FILE_MEDIA_TYPES],
    response: StoredFileSchema,
  })
  upload(@Param('tenant') tenant: string, @Param('contentHash') contentHash: string, @Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply) {
    const hash = ContentHashParam.safeParse(contentHash);
    if (!hash.success) throw new NotFound('File', contentHash);
    if (!Buffer.isBuffer(body)) throw new ValidationFailed([{ path: 'body', message: `must be the file's bytes, sent with its media type (${FILE_MEDIA_TYPES.join(', ')})` }]);
    const mediaType = String(reply.request.headers['content-type'] ?? 'application/octet-stream').split(';')[0].trim();
    return this.files.put(tenant, hash.data, mediaType, body, this.clock.now());
  }

  @Change('POST', 'calendar-feed', {
    operationId: 'issueCalendarFeed',
    summary:
      'Issue (or rotate) your secret calendar-feed URL of the province\'s meetings (iCalendar, RFC 5545): calendar clients cannot send a bearer token, so the URL is the credential. Any earlier URL of yours stops working.',
    roles: RoleGroups.tenantParticipants,
    status: 201,
    response: CalendarFeedSchema,
  })
  issue(@Param('tenant') tenant: string) {
    return this.feeds.issue(tenant, this.facts.actor().userId, this.clock.now());
  }

  @Change('DELETE', 'calendar-feed', {
    operationId: 'revokeCalendarFeed',
    summary: 'Revoke your calendar-feed URL of the province\'s meetings.',
    roles: RoleGroups.tenantParticipants,
    response: null,
  })
  async revoke(@Param('tenant') tenant: string): Promise<void> {
    await this.feeds.revoke(tenant, this.facts.actor().userId);
  }
}

/** The feed itself: public (the secret in the path is the credential), never listed under a tenant. */
@ApiTags('meetings')
@Controller('api/calendar/meetings')
export class CalendarFeedController {
  constructor(
    private readonly feeds: CalendarFeeds,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @ReadFile(':secret', {
    operationId: 'meetingsCalendarFeed',
    summary: 'A province\'s meetings as an iCalendar feed, at the secret URL issued to a user (…/<secret>.ics). 404 once rotated or revoked, or when the user no longer holds a role there.',
    roles: 'public',
    mediaTypes: ['text/calendar'],
  })
  async feed(@Param('secret') secret: string, @Res() reply: FastifyReply): Promise<void> {
    const calendar = await this.feeds.feed(secret.replace(/\.ics$/, ''), this.clock.now());
    await sendFile(reply, { fileName: 'lich-hop.ics', mediaType: 'text/calendar; charset=utf-8', content: calendar }, 'inline');
  }
}
