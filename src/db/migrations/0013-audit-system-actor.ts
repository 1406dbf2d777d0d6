// Who made a change when no signed-in user did: the command line (`zhospar user add`, `token
// revoke`, ...) and the server's own jobs wrote audit rows with a null actor, so the trail said
// "the system" for an operator resetting an admin's password. Such rows now name the program and
// the operating-system account, e.g. "zhospar user add (root@plan-server)". The hash covers it
// when present (src/core/obligations/audit-chain.ts); rows written before have none and keep
// their hashes. A row has a user or a system actor, never both.
export const sql = /* sql */ `
alter table audit_log add column system_actor text
  check (system_actor is null or (actor_id is null and length(system_actor) between 1 and 300));
`;
