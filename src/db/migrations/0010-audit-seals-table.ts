// The audit trail becomes insert-only: the seals move out of audit_log into a table of their own.
//
// Sealing used to update every audit row once (chain_position, prev_hash and hash set from null):
// a second, full-width version of each row, a new entry in each of its seven indexes, a trigger
// call per row to check that nothing but the seal changed, and dead row versions for vacuum to
// remove from the table and every index. On a reporting day that is five rows per submission.
// Now a seal is a small row of its own, inserted once, and audit_log rows are never touched after
// their insert, so the append-only rule has no exception left: no update, delete or truncate on
// either table.
//
// The rows waiting to be sealed are listed in audit_unsealed (filled by a statement trigger, so no
// writer can forget it; emptied by the sealer in the statement that stores their seals). Neither
// new table references audit_log with a foreign key: checking one locks the referenced audit row,
// writing to its page again, which is what this change removes; the verifier checks that every
// seal has its row and that every row is sealed or waiting.
export const sql = /* sql */ `
create table audit_seals (
  chain_position bigint primary key check (chain_position > 0),
  audit_id bigint not null unique,
  prev_hash text not null check (prev_hash ~ '^[0-9a-f]{64}$'),
  hash text not null check (hash ~ '^[0-9a-f]{64}$')
);

create table audit_unsealed (
  audit_id bigint primary key
);

insert into audit_seals (chain_position, audit_id, prev_hash, hash)
  select chain_position, id, prev_hash, hash from audit_log where chain_position is not null;
insert into audit_unsealed (audit_id)
  select id from audit_log where chain_position is null;

-- Their indexes (the partial one of unsealed rows too) and checks go with the columns.
alter table audit_log drop column chain_position, drop column prev_hash, drop column hash;

create or replace function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only: % is not allowed', tg_table_name, tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_seals_no_change before update or delete on audit_seals
  for each row execute function audit_log_append_only();
create trigger audit_seals_no_truncate before truncate on audit_seals
  for each statement execute function audit_log_append_only();

create function audit_log_queue_for_sealing() returns trigger language plpgsql as $$
begin
  insert into audit_unsealed (audit_id) select id from inserted;
  return null;
end
$$;

create trigger audit_log_queue_for_sealing after insert on audit_log
  referencing new table as inserted
  for each statement execute function audit_log_queue_for_sealing();
`;
