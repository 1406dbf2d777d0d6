// Implementation tracking: the working-day calendar, measure schedules, obligations, executors'
// reports with their contributions, events and evidence files, and the hash-chained audit trail.
// Evidence files live in the database (bytea) so that one backup holds everything and every app
// process sees every upload. The audit trail is append-only, enforced here by triggers (rows are
// written unsealed with each change and only their sealing into the hash chain may update them).
export const sql = /* sql */ `
-- Days that differ from the Monday-Friday week: holidays, substitute and transferred days off, and
-- weekend days made working. Seeded from data/calendar/kz-public-holidays.csv; edited by admins.
create table calendar_days (
  date date primary key,
  kind text not null check (kind in ('public-holiday','religious-day-off','substitute-day-off','transferred-day-off','working-day')),
  status text not null check (status in ('statutory','announced','projected')),
  names jsonb not null,
  note text,
  -- A removed day stays as a tombstone, so that loading the default calendar again does not bring
  -- back a day an admin removed.
  is_removed boolean not null default false,
  version integer not null default 1,
  updated_by bigint references users(id),
  updated_at timestamptz not null default now()
);

-- How a measure's deadline text was read: parsed by the schedule parser, waiting for a person
-- (the parser's reason kept), or set by hand as explicit occurrences.
create table measure_schedules (
  measure_id bigint primary key references measures(id) on delete cascade,
  status text not null check (status in ('parsed','needs_manual','manual')),
  -- The deadline text this row was made from: a changed text is parsed again.
  deadline_text text not null,
  schedule jsonb,
  notes jsonb not null default '[]',
  reason text,
  message text,
  manual_occurrences jsonb,
  manual_note text,
  version integer not null default 1,
  updated_by bigint references users(id),
  updated_at timestamptz not null default now(),
  check ((status = 'manual') = (manual_occurrences is not null)),
  check ((status = 'needs_manual') = (reason is not null))
);

-- One occurrence of a measure's schedule. Status is derived in core from the report and the date,
-- stored for listing and filtering, and kept current by the report use cases and the daily sweep.
create table obligations (
  id bigint generated always as identity primary key,
  measure_id bigint not null references measures(id) on delete cascade,
  period text not null,
  nominal_due date not null,
  due date not null check (due >= nominal_due),
  due_date_assumed boolean not null,
  is_cancelled boolean not null default false,
  status text not null check (status in ('not_started','in_progress','completed','completed_late','overdue','cancelled')),
  -- What the public sees: the same rules over the accepted report only.
  public_status text not null check (public_status in ('not_started','in_progress','completed','completed_late','overdue','cancelled')),
  status_changed_at timestamptz not null default now(),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (measure_id, period)
);
create index obligations_due_idx on obligations (due, id);
create index obligations_status_due_idx on obligations (status, due);

-- The lead executor's report on an obligation: one per obligation.
create table reports (
  id bigint generated always as identity primary key,
  obligation_id bigint not null unique references obligations(id) on delete cascade,
  organization_id bigint not null references organizations(id),
  state text not null check (state in ('draft','submitted','returned','accepted')),
  text text not null default '',
  declared_status text not null check (declared_status in ('not_started','in_progress','completed')),
  percent_done integer not null check (percent_done between 0 and 100),
  created_by bigint not null references users(id),
  updated_by bigint not null references users(id),
  first_submitted_at timestamptz,
  last_submitted_at timestamptz,
  last_submitted_by bigint references users(id),
  reviewed_at timestamptz,
  reviewed_by bigint references users(id),
  review_comment text,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((state = 'draft') = (first_submitted_at is null))
);
create index reports_state_idx on reports (state);
create index reports_organization_idx on reports (organization_id);

-- A co-executor's part of the lead's report: one per co-executing organisation.
create table report_contributions (
  report_id bigint not null references reports(id) on delete cascade,
  organization_id bigint not null references organizations(id),
  text text not null,
  updated_by bigint not null references users(id),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  primary key (report_id, organization_id)
);

-- The history of a report as its people see it: every save, submission and review, with the
-- report as it was after the event.
create table report_events (
  id bigint generated always as identity primary key,
  report_id bigint not null references reports(id) on delete cascade,
  at timestamptz not null default now(),
  actor_id bigint references users(id),
  action text not null check (action in ('created','updated','contribution_saved','evidence_added','evidence_removed','submitted','returned','accepted')),
  comment text,
  snapshot jsonb not null
);
create index report_events_report_idx on report_events (report_id, id);

create table evidence_files (
  id bigint generated always as identity primary key,
  report_id bigint not null references reports(id) on delete cascade,
  organization_id bigint not null references organizations(id),
  file_name text not null check (length(file_name) between 1 and 255),
  kind text not null check (kind in ('pdf','docx','xlsx','png','jpeg')),
  media_type text not null,
  size_bytes integer not null check (size_bytes > 0),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea not null,
  -- Once a submission included the file it is part of the record and cannot be removed.
  is_submitted boolean not null default false,
  uploaded_by bigint not null references users(id),
  uploaded_at timestamptz not null default now()
);
create index evidence_files_report_idx on evidence_files (report_id, id);
-- PDF, PNG, JPEG and OOXML are compressed already: storing them as they are saves CPU for nothing lost.
alter table evidence_files alter column content set storage external;

-- The audit trail. A row is written, unsealed, in the same transaction as the change it records
-- (a plain insert: no lock, so writers do not wait for each other). The sealer then links committed
-- rows into the chain in the order it finds them (about commit order): it gives each the next
-- chain_position, prev_hash = the hash of the row before it and hash = sha256(prev_hash ||
-- canonical JSON of its content). Ids come from a sequence: they may have gaps (rolled back
-- transactions) and need not follow chain order (a transaction that commits late is sealed late).
create table audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null,
  actor_id bigint references users(id),
  action text not null,
  entity_type text not null,
  entity_id text not null,
  before jsonb,
  after jsonb,
  -- Null until sealed, then set once, all three together.
  chain_position bigint unique check (chain_position > 0),
  prev_hash text check (prev_hash ~ '^[0-9a-f]{64}$'),
  hash text unique check (hash ~ '^[0-9a-f]{64}$'),
  check ((chain_position is null) = (prev_hash is null) and (chain_position is null) = (hash is null))
);
create index audit_log_entity_idx on audit_log (entity_type, entity_id, id);
create index audit_log_actor_idx on audit_log (actor_id, id);
create index audit_log_at_idx on audit_log (at);
-- What the sealer reads: committed rows not yet in the chain (few at any time).
create index audit_log_unsealed_idx on audit_log (id) where chain_position is null;

-- One row: where the chain ends (its last position, that row's id and hash). Only the sealer
-- updates it, under a transaction-scoped advisory lock; the verifier checks that the chain ends
-- where the head says, so rows removed from the end are noticed.
create table audit_chain_head (
  id boolean primary key default true check (id),
  last_position bigint not null default 0,
  last_id bigint not null default 0,
  last_hash text not null
);
insert into audit_chain_head (last_hash) values (repeat('0', 64));

-- Append-only: no delete, no truncate, and no update but the sealing of an unsealed row (its
-- chain_position, prev_hash and hash set from null, every other column as it was). Comparing the
-- rows as jsonb without the three sealing columns keeps any column added later protected too.
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' then
    if old.chain_position is null and old.prev_hash is null and old.hash is null
       and new.chain_position is not null and new.prev_hash is not null and new.hash is not null
       and to_jsonb(new) - array['chain_position', 'prev_hash', 'hash'] = to_jsonb(old) - array['chain_position', 'prev_hash', 'hash'] then
      return new;
    end if;
  end if;
  raise exception 'audit_log is append-only: % is not allowed', case when tg_op = 'UPDATE' then 'UPDATE (other than sealing an unsealed row)' else tg_op end
    using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_log_no_change before update or delete on audit_log
  for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_append_only();
`;
