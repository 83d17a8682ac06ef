-- Read models of the meetings context, kept by the projection `meetings-read-model`
-- (libs/meetings/src/read-model/meetings.projection.ts), and two write-side tables: the files distributed
-- with meetings (stored by content hash) and the calendar-feed secrets. Applied by the event store's
-- migration runner with the table `meetings_schema_migrations`. No table holds a name: the minutes read
-- names from the membership context's personal-data store when they are rendered.

-- The role read-model queries run as (created by whichever context's migration runs first).
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bcd_reader') THEN CREATE ROLE bcd_reader NOLOGIN; END IF; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;

-- One row per meeting: the columns lists and feeds filter on, and the whole view as its events made it
-- (read-model/meeting.view.ts). `version`: the stream's version (the ETag); `sequence`: the iCalendar
-- SEQUENCE (raised on each reschedule and on cancellation).
CREATE TABLE meetings_meetings (
  tenant_id     text        NOT NULL,
  meeting_id    uuid        NOT NULL,
  kind          text        NOT NULL,
  status        text        NOT NULL CHECK (status IN ('scheduled', 'held', 'cancelled')),
  period        text,
  scheduled_on  date        NOT NULL,
  starts_at     timestamptz NOT NULL,
  held_on       date,
  version       integer     NOT NULL,
  sequence      integer     NOT NULL,
  view          jsonb       NOT NULL,
  PRIMARY KEY (tenant_id, meeting_id)
);
CREATE INDEX meetings_meetings_date_idx ON meetings_meetings (tenant_id, scheduled_on);

CREATE TABLE meetings_consultations (
  tenant_id        text    NOT NULL,
  consultation_id  uuid    NOT NULL,
  status           text    NOT NULL CHECK (status IN ('open', 'closed')),
  started_on       date    NOT NULL,
  deadline_on      date    NOT NULL,
  version          integer NOT NULL,
  view             jsonb   NOT NULL,
  PRIMARY KEY (tenant_id, consultation_id)
);

-- Files distributed with meetings, by SHA-256 (hex) per tenant: uploaded once, served only through the
-- authorised route of a document that names the hash.
CREATE TABLE meetings_files (
  tenant_id     text        NOT NULL,
  content_hash  text        NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
  media_type    text        NOT NULL,
  size_bytes    integer     NOT NULL,
  content       bytea       NOT NULL,
  stored_at     timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, content_hash)
);

-- One calendar-feed secret per user and tenant; only its SHA-256 is kept. Rotating replaces the row.
CREATE TABLE meetings_calendar_feeds (
  tenant_id    text        NOT NULL,
  user_id      text        NOT NULL,
  secret_hash  text        NOT NULL UNIQUE,
  issued_at    timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, user_id)
);

-- Row-level security: the second wall under the application's checks (libs/auth/README.md "The second wall").
ALTER TABLE meetings_meetings ENABLE ROW LEVEL SECURITY;
ALTER TABLE meetings_meetings FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON meetings_meetings USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
ALTER TABLE meetings_consultations ENABLE ROW LEVEL SECURITY;
ALTER TABLE meetings_consultations FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON meetings_consultations USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
ALTER TABLE meetings_files ENABLE ROW LEVEL SECURITY;
ALTER TABLE meetings_files FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON meetings_files USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
ALTER TABLE meetings_calendar_feeds ENABLE ROW LEVEL SECURITY;
ALTER TABLE meetings_calendar_feeds FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON meetings_calendar_feeds USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
GRANT SELECT ON meetings_meetings, meetings_consultations, meetings_files, meetings_calendar_feeds TO bcd_reader;
