// The append-only trigger of audit_log, same rule, cheaper check. Sealing a row (chain_position,
// prev_hash and hash set from null, every other column unchanged) was checked by turning both
// versions of the row into jsonb and comparing them without the sealing columns: two row-to-jsonb
// conversions for every row sealed, about 40% of the sealer's database time on a busy reporting
// day. Now the new row with its seal taken off is compared with the old row as a row value,
// column by column, which still covers any column added later.
export const sql = /* sql */ `
create or replace function audit_log_append_only() returns trigger language plpgsql as $$
declare
  unsealed audit_log;
begin
  if tg_op = 'UPDATE'
     and old.chain_position is null and old.prev_hash is null and old.hash is null
     and new.chain_position is not null and new.prev_hash is not null and new.hash is not null then
    unsealed := new;
    unsealed.chain_position := null;
    unsealed.prev_hash := null;
    unsealed.hash := null;
    if unsealed is not distinct from old then
      return new;
    end if;
  end if;
  raise exception 'audit_log is append-only: % is not allowed', case when tg_op = 'UPDATE' then 'UPDATE (other than sealing an unsealed row)' else tg_op end
    using errcode = 'insufficient_privilege';
end
$$;
`;
