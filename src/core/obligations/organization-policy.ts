// What an actor may see of an organisation's implementation record.
import { hasPermission, type Actor } from '../access/actor';

/** Reporting rate and timeliness: internal readers and the organisation's own people. */
export function canViewOrganizationPerformance(actor: Actor | null, organizationId: number): boolean {
  return hasPermission(actor, 'plan.read_internal') || actor?.organizationId === organizationId;
}

/**
 * The iCalendar feed of an organisation's obligations: its own people, and the plan owner's
 * coordinators and admins (who follow every executor). A feed URL carries a personal token, so the
 * rule is deliberately narrower than "internal readers".
 */
export function canSubscribeToOrganizationFeed(actor: Actor | null, organizationId: number): boolean {
  return actor !== null && (actor.organizationId === organizationId || hasPermission(actor, 'plan.edit'));
}
