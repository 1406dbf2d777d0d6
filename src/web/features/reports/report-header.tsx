// What a report is about: the measure, the reporting period, the due date and the obligation's
// status, with links to the public measure page and (for executors) the obligation.
import { Link } from 'react-router';
import type { ObligationStatus } from '../../../core/obligations/obligation-status';
import type { LocalizedTextValue } from '../../../contracts/languages';
import type { Organization } from '../../../contracts/api/organizations';
import { LocalizedText } from '../../components/localized-text';
import { OrganizationName } from '../../components/organization-name';
import { useLanguage } from '../../lib/language-context';
import { paths } from '../../lib/paths';
import { formatDate, dueSoonDays, kazakhstanToday } from '../workspace/dates';
import { DueSoonChip, ObligationStatusChip } from '../workspace/status-chips';
import { useWorkspaceText } from '../workspace/workspace-i18n';

interface ObligationHeaderProps {
  measure: { id: number; number: number; names: LocalizedTextValue };
  period: string;
  due: string;
  nominalDue?: string;
  dueDateAssumed?: boolean;
  status: ObligationStatus;
  leadExecutor: Organization;
  deadlineText?: string;
  titleId: string;
}

export function ObligationHeader(props: ObligationHeaderProps) {
  const { wt, t } = useWorkspaceText();
  const language = useLanguage();
  const { measure, period, due, nominalDue, status } = props;
  return (
    <header className="page-header">
      <p className="eyebrow">
        {t('measure.title', { number: measure.number })} · {wt('workspace.columns.period')}: {period}
      </p>
      <h1 id={props.titleId}>
        <LocalizedText text={measure.names} />
      </h1>
      <dl className="facts obligation-facts">
        <div>
          <dt>{wt('workspace.columns.due')}</dt>
          <dd>
            {formatDate(due, language)}
            {nominalDue && nominalDue !== due && <span className="muted"> ({wt('workspace.movedFrom', { date: formatDate(nominalDue, language) })})</span>}
            {props.dueDateAssumed && <span className="muted"> ({wt('workspace.dueAssumed')})</span>}
          </dd>
        </div>
        <div>
          <dt>{wt('workspace.columns.status')}</dt>
          <dd>
            <ObligationStatusChip status={status} /> <DueSoonChip days={dueSoonDays({ due, status }, kazakhstanToday())} />
          </dd>
        </div>
        <div>
          <dt>{t('measure.leadExecutor')}</dt>
          <dd>
            <OrganizationName organization={props.leadExecutor} form="full" />
          </dd>
        </div>
        {props.deadlineText && (
          <div>
            <dt>{t('measure.deadline')}</dt>
            <dd className="deadline-text">{props.deadlineText}</dd>
          </div>
        )}
      </dl>
      <p>
        <Link to={paths.measure(language, measure.id)}>{wt('workspace.publicMeasurePage')}</Link>
      </p>
    </header>
  );
}
