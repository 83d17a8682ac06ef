-- Read models of the membership context, kept by the projection `membership-read-model`
-- (libs/membership/src/read-model/projection.ts), and two write-side tables: the personal-data store and
-- the idempotency records. Applied by the event store's migration runner with the table
-- `membership_schema_migrations`. No read-model table holds a name, an e-mail or a phone number: reads
-- join `membership_personal_data`, the one place they live (README "Personal data").

-- The role read-model queries run as (also created by the identity migration; whichever runs first creates it).
-- One line: the migration runner splits statements on a semicolon at the end of a line.
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bcd_reader') THEN CREATE ROLE bcd_reader NOLOGIN; END IF; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;

-- Agencies of a tenant; their names (with effective dates) in membership_agency_names.
CREATE TABLE membership_agencies (
  tenant_id       text        NOT NULL,
  agency_id       uuid        NOT NULL,
  code            text        NOT NULL,
  kind            text        NOT NULL,
  merged_into     uuid,
  merged_on       date,
  merge_decision  jsonb,
  revision        integer     NOT NULL,
  registered_at   timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, agency_id)
);

-- effective_on null: the name the agency was registered with, in force until its first rename.
CREATE TABLE membership_agency_names (
  tenant_id    text  NOT NULL,
  agency_id    uuid  NOT NULL,
  event_id     uuid  NOT NULL,
  name         text  NOT NULL,
  effective_on date,
  decision     jsonb,
  PRIMARY KEY (tenant_id, event_id)
);
CREATE INDEX membership_agency_names_agency_idx ON membership_agency_names (tenant_id, agency_id);

CREATE TABLE membership_committees (
  tenant_id         text        NOT NULL,
  committee_id      uuid        NOT NULL,
  established_on    date        NOT NULL,
  established_by    jsonb       NOT NULL,
  regulation        jsonb,
  dissolved_on      date,
  dissolved_by      jsonb,
  version           integer     NOT NULL,
  PRIMARY KEY (tenant_id, committee_id)
);

-- Dated facts of a committee: its names, its standing agency, its re-establishments (kiện toàn).
CREATE TABLE membership_committee_facts (
  tenant_id    text  NOT NULL,
  committee_id uuid  NOT NULL,
  event_id     uuid  NOT NULL,
  kind         text  NOT NULL CHECK (kind IN ('name', 'standing-agency', 'reestablished')),
  value        text,
  effective_on date  NOT NULL,
  decision     jsonb NOT NULL,
  PRIMARY KEY (tenant_id, event_id, kind)
);
CREATE INDEX membership_committee_facts_idx ON membership_committee_facts (tenant_id, committee_id, kind, effective_on);

-- A member: a person's seat, representing an agency, from appointment until it ends (exclusive).
CREATE TABLE membership_members (
  tenant_id      text    NOT NULL,
  committee_id   uuid    NOT NULL,
  member_id      uuid    NOT NULL,
  person_id      uuid    NOT NULL,
  agency_id      uuid    NOT NULL,
  appointed_on   date    NOT NULL,
  appointed_by   jsonb   NOT NULL,
  replaces       uuid,
  ended_on       date,
  end_reason     text,
  ended_by       jsonb,
  revision       integer NOT NULL,
  PRIMARY KEY (tenant_id, member_id)
);
CREATE INDEX membership_members_committee_idx ON membership_members (tenant_id, committee_id);
CREATE INDEX membership_members_person_idx ON membership_members (tenant_id, person_id);

-- A member's roles over time: valid_from ≤ date < valid_until (null: still).
CREATE TABLE membership_member_roles (
  tenant_id   text  NOT NULL,
  member_id   uuid  NOT NULL,
  event_id    uuid  NOT NULL,
  role        text  NOT NULL,
  valid_from  date  NOT NULL,
  valid_until date,
  decision    jsonb NOT NULL,
  PRIMARY KEY (tenant_id, event_id)
);
CREATE INDEX membership_member_roles_member_idx ON membership_member_roles (tenant_id, member_id, valid_from);

-- A member's assigned responsibilities over time (the whole list, as assigned).
CREATE TABLE membership_member_responsibilities (
  tenant_id        text  NOT NULL,
  member_id        uuid  NOT NULL,
  event_id         uuid  NOT NULL,
  responsibilities jsonb NOT NULL,
  valid_from       date  NOT NULL,
  valid_until      date,
  decision         jsonb,
  PRIMARY KEY (tenant_id, event_id)
);
CREATE INDEX membership_member_responsibilities_member_idx ON membership_member_responsibilities (tenant_id, member_id, valid_from);

-- Long absences (Thanh Hóa 2014 Điều 2.4): the seat is pending replacement from notified_on until resolved_on.
CREATE TABLE membership_absences (
  tenant_id             text  NOT NULL,
  committee_id          uuid  NOT NULL,
  member_id             uuid  NOT NULL,
  event_id              uuid  NOT NULL,
  reason                text  NOT NULL,
  absent_from           date  NOT NULL,
  expected_until        date,
  notice_reference      text  NOT NULL,
  notified_on           date  NOT NULL,
  proposed_person_id    uuid,
  proposed_on           date,
  proposal_reference    text,
  resolved_on           date,
  resolution            text,
  replacement_member_id uuid,
  PRIMARY KEY (tenant_id, event_id)
);
CREATE INDEX membership_absences_member_idx ON membership_absences (tenant_id, member_id);

-- One row per event about a member (the member's history): no personal data, ids only.
CREATE TABLE membership_member_history (
  tenant_id       text        NOT NULL,
  member_id       uuid        NOT NULL,
  event_id        uuid        NOT NULL,
  global_position bigint      NOT NULL,
  type            text        NOT NULL,
  effective_on    date        NOT NULL,
  detail          jsonb       NOT NULL,
  actor           jsonb,
  recorded_at     timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, member_id, event_id)
);
CREATE INDEX membership_member_history_order_idx ON membership_member_history (tenant_id, member_id, global_position);

CREATE TABLE membership_people (
  tenant_id         text        NOT NULL,
  person_id         uuid        NOT NULL,
  registered_at     timestamptz NOT NULL,
  erased_at         timestamptz,
  erasure_reference text,
  version           integer     NOT NULL,
  PRIMARY KEY (tenant_id, person_id)
);

CREATE TABLE membership_working_groups (
  tenant_id    text    NOT NULL,
  committee_id uuid    NOT NULL,
  name         text    NOT NULL,
  formed_on    date    NOT NULL,
  decision     jsonb   NOT NULL,
  version      integer NOT NULL,
  PRIMARY KEY (tenant_id, committee_id)
);

CREATE TABLE membership_working_group_leaders (
  tenant_id    text  NOT NULL,
  committee_id uuid  NOT NULL,
  event_id     uuid  NOT NULL,
  person_id    uuid  NOT NULL,
  valid_from   date  NOT NULL,
  valid_until  date,
  decision     jsonb NOT NULL,
  PRIMARY KEY (tenant_id, event_id)
);

CREATE TABLE membership_sub_groups (
  tenant_id    text NOT NULL,
  committee_id uuid NOT NULL,
  sub_group_id uuid NOT NULL,
  name         text NOT NULL,
  formed_on    date NOT NULL,
  PRIMARY KEY (tenant_id, sub_group_id)
);

CREATE TABLE membership_working_group_members (
  tenant_id    text  NOT NULL,
  committee_id uuid  NOT NULL,
  event_id     uuid  NOT NULL,
  person_id    uuid  NOT NULL,
  agency_id    uuid  NOT NULL,
  sub_group_id uuid,
  joined_on    date  NOT NULL,
  left_on      date,
  leave_reason text,
  nomination   jsonb,
  PRIMARY KEY (tenant_id, event_id)
);
CREATE INDEX membership_working_group_members_idx ON membership_working_group_members (tenant_id, committee_id, person_id);

-- The personal-data store (write side, not a projection): the only place a person's name, e-mail and
-- phone number are kept. Erasing a person deletes the row; the events never held these values.
CREATE TABLE membership_personal_data (
  tenant_id  text        NOT NULL,
  person_id  uuid        NOT NULL,
  full_name  text        NOT NULL,
  email      text,
  phone      text,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, person_id)
);

-- Idempotency-Key records of POST requests (write side): the request's fingerprint and the answer.
-- No grant to bcd_reader: nothing reads them but the idempotency interceptor.
CREATE TABLE membership_idempotency (
  tenant_id    text        NOT NULL,
  key          text        NOT NULL,
  fingerprint  text        NOT NULL,
  status       integer,
  body         jsonb,
  headers      jsonb,
  person_ids   uuid[]      NOT NULL DEFAULT '{}',
  created_at   timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, key)
);
REVOKE ALL ON membership_idempotency FROM PUBLIC;

-- Row-level security: the second wall under the application's checks (libs/auth/README.md "The second wall").
ALTER TABLE membership_agencies ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership_agencies FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON membership_agencies USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
ALTER TABLE membership_agency_names ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership_agency_names FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON membership_agency_names USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
ALTER TABLE membership_committees ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership_committees FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON membership_committees USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
ALTER TABLE membership_committee_facts ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership_committee_facts FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON membership_committee_facts USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
ALTER TABLE membership_members ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership_members FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON membership_members USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
ALTER TABLE membership_member_roles ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership_member_roles FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON membership_member_roles USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
ALTER TABLE membership_member_responsibilities ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership_member_responsibilities FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON membership_member_responsibilities USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
ALTER TABLE membership_absences ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership_absences FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON membership_absences USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
ALTER TABLE membership_member_history ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership_member_history FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON membership_member_history USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
ALTER TABLE membership_people ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership_people FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON membership_people USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
ALTER TABLE membership_working_groups ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership_working_groups FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON membership_working_groups USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
ALTER TABLE membership_working_group_leaders ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership_working_group_leaders FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON membership_working_group_leaders USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
ALTER TABLE membership_sub_groups ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership_sub_groups FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON membership_sub_groups USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
ALTER TABLE membership_working_group_members ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership_working_group_members FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON membership_working_group_members USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
ALTER TABLE membership_personal_data ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership_personal_data FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON membership_personal_data USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
GRANT SELECT ON membership_agencies, membership_agency_names, membership_committees, membership_committee_facts, membership_members, membership_member_roles, membership_member_responsibilities, membership_absences, membership_member_history, membership_people, membership_working_groups, membership_working_group_leaders, membership_sub_groups, membership_working_group_members, membership_personal_data TO bcd_reader;
