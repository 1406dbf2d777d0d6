// Small labelled chips for an obligation's status, its nearness to the due date, and a report's
// state. Colour is never the only signal: every chip says its state in words.
import type { ObligationStatus, ReportState } from '../../../core/obligations/obligation-status';
import { useTranslation } from 'react-i18next';
import { useWorkspaceText } from './workspace-i18n';

export function ObligationStatusChip({ status }: { status: ObligationStatus }) {
  const { t } = useTranslation();
  return <span className={`chip chip-status-${status}`}>{t(`enums.obligationStatus.${status}`)}</span>;
}

export function DueSoonChip({ days }: { days: number | null }) {
  const { wt } = useWorkspaceText();
  if (days === null) return null;
  return <span className="chip chip-due-soon">{days === 0 ? wt('workspace.dueToday') : wt('workspace.dueInDays', { days })}</span>;
}

export function ReportStateChip({ state }: { state: ReportState }) {
  const { wt } = useWorkspaceText();
  return <span className={`chip chip-report-${state}`}>{wt(`reports.state.${state}`)}</span>;
}
