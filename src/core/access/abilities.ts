// What the UI may offer the actor: derived from the same permission table the server enforces,
// so a button is shown exactly when the request behind it would be allowed.
import { hasPermission, type Actor } from './actor';

export interface Abilities {
  canReadInternal: boolean;
  canEditPlan: boolean;
  canWriteReports: boolean;
  canReviewReports: boolean;
  canReadAudit: boolean;
  canManageUsers: boolean;
  canManageCalendar: boolean;
  canImportStatistics: boolean;
}

export function abilitiesOf(actor: Actor | null): Abilities {
  return {
    canReadInternal: hasPermission(actor, 'plan.read_internal'),
    canEditPlan: hasPermission(actor, 'plan.edit'),
    canWriteReports: hasPermission(actor, 'report.write'),
    canReviewReports: hasPermission(actor, 'report.review'),
    canReadAudit: hasPermission(actor, 'audit.read'),
    canManageUsers: hasPermission(actor, 'user.manage'),
    canManageCalendar: hasPermission(actor, 'calendar.manage'),
    canImportStatistics: hasPermission(actor, 'statistics.import'),
  };
}
