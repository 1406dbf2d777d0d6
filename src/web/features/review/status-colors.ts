// One colour per obligation status for charts (the chips use the same hues in CSS). Words always
// accompany the colours: the legend and the table carry the status names.
import type { ObligationStatus } from '../../../core/obligations/obligation-status';

export const STATUS_COLORS: Record<ObligationStatus, string> = {
  not_started: '#8a96a3',
  in_progress: '#1d6fb8',
  completed: '#2e7d32',
  completed_late: '#7a9a2e',
  overdue: '#b3261e',
  cancelled: '#c7ced6',
};
