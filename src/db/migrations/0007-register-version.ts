// A counter that moves whenever the plan register changes, so that every app process can keep
// read models of the register (measure lists) in memory and know at the cost of one tiny query
// whether they are still current.
export const sql = /* sql */ `
create table register_version (
  id integer primary key default 1 check (id = 1),
  version bigint not null default 0
);
insert into register_version (id, version) values (1, 0);

create function bump_register_version() returns trigger language plpgsql as $$
begin
  update register_version set version = version + 1 where id = 1;
  return null;
end $$;

create trigger plans_bump_register after insert or update or delete on plans
  for each statement execute function bump_register_version();
create trigger plan_areas_bump_register after insert or update or delete on plan_areas
  for each statement execute function bump_register_version();
create trigger measures_bump_register after insert or update or delete on measures
  for each statement execute function bump_register_version();
create trigger measure_executors_bump_register after insert or update or delete on measure_executors
  for each statement execute function bump_register_version();
create trigger measure_costs_bump_register after insert or update or delete on measure_costs
  for each statement execute function bump_register_version();
create trigger organizations_bump_register after insert or update or delete on organizations
  for each statement execute function bump_register_version();
`;
