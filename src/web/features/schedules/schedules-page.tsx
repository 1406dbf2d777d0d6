// /:lang/review/schedules: the coordinator's work list of schedules. Measures whose deadline the
// parser could not read come first, with the text as written and why it was not read; then those
// scheduled by hand; those read from their text last, folded away.
import { useId, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { PlanScheduleItem } from '../../../contracts/api/plan-schedules';
import { DataTable, type Column } from '../../components/data-table';
import { LocalizedText } from '../../components/localized-text';
import { OrganizationName } from '../../components/organization-name';
import { ErrorState, LoadingState } from '../../components/status-states';
import { formatNumber } from '../../lib/format';
import type { Language } from '../../i18n/languages';
import { useLanguage } from '../../lib/language-context';
import { useDocumentTitle } from '../../lib/use-document-title';
import { RequireSession } from '../auth/require-session';
import { ReviewNav } from '../review/review-nav';
import { usePlanCode } from '../review/use-plan-code';
import { formatDateTime } from '../workspace/dates';
import { schedulePaths } from './schedule-paths';
import { usePlanSchedules } from './schedule-queries';
import { useScheduleText, type ScheduleT } from './schedules-i18n';
import { ReasonText } from './schedule-reason';
import './schedules.css';

export function SchedulesPage() {
  return (
    <RequireSession anyOf={['canReadInternal']}>
      <Schedules />
    </RequireSession>
  );
}

function Schedules() {
  const { st, t } = useScheduleText();
  const language = useLanguage();
  const planCode = usePlanCode();
  const schedules = usePlanSchedules(planCode);
  const titleId = useId();
  useDocumentTitle(st('schedules.title'));
  const number = (value: number) => formatNumber(value, language);
  const columns = sharedColumns(st, t, language);

  const items = schedules.data?.items ?? [];
  const needsManual = items.filter((item) => item.status === 'needs_manual');
  const manual = items.filter((item) => item.status === 'manual');
  const parsed = items.filter((item) => item.status === 'parsed');

  return (
    <article aria-labelledby={titleId}>
      <header className="page-header">
        <h1 id={titleId}>{st('schedules.title')}</h1>
        <p className="lead">{st('schedules.intro')}</p>
      </header>
      <ReviewNav />
      {schedules.isPending ? (
        <LoadingState />
      ) : schedules.isError ? (
        <ErrorState error={schedules.error} level={2} onRetry={() => void schedules.refetch()} />
      ) : (
        <>
          <p className="schedule-summary">
            {st('schedules.summary', {
              needsManual: number(schedules.data.counts.needs_manual ?? 0),
              manual: number(schedules.data.counts.manual ?? 0),
              parsed: number(schedules.data.counts.parsed ?? 0),
            })}
          </p>
          <ScheduleSection title={st('schedules.needsManual.title')}>
            <DataTable
              caption={st('schedules.needsManual.caption')}
              rows={needsManual}
              rowKey={(row) => row.measureId}
              empty={st('schedules.needsManual.empty')}
              columns={[columns.measure, columns.deadline, columns.why, columns.lead]}
            />
          </ScheduleSection>
          <ScheduleSection title={st('schedules.manual.title')}>
            <DataTable
              caption={st('schedules.manual.caption')}
              rows={manual}
              rowKey={(row) => row.measureId}
              empty={st('schedules.manual.empty')}
              columns={[
                columns.measure,
                columns.deadline,
                { id: 'note', header: st('schedules.columns.note'), cell: (row) => row.manualNote ?? '' },
                { id: 'obligations', header: st('schedules.columns.obligations'), className: 'num', cell: (row) => number(row.obligationCount) },
                { id: 'changed', header: st('schedules.columns.changed'), className: 'col-date', cell: (row) => formatDateTime(row.updatedAt, language) },
              ]}
            />
          </ScheduleSection>
          <details className="parsed-schedules">
            <summary>{st('schedules.parsed.title', { total: number(parsed.length) })}</summary>
            <p className="section-intro">{st('schedules.parsed.intro')}</p>
            <DataTable
              caption={st('schedules.parsed.caption')}
              rows={parsed}
              rowKey={(row) => row.measureId}
              columns={[
                columns.measure,
                columns.deadline,
                { id: 'obligations', header: st('schedules.columns.obligations'), className: 'num', cell: (row) => number(row.obligationCount) },
              ]}
            />
          </details>
        </>
      )}
    </article>
  );
}

function ScheduleSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="schedule-section">
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

/** The columns the three tables share. */
function sharedColumns(st: ScheduleT, t: TFunction, language: Language) {
  const measure: Column<PlanScheduleItem> = {
    id: 'measure',
    header: st('schedules.columns.measure'),
    isRowHeader: true,
    className: 'col-name',
    cell: (row) => (
      <Link to={schedulePaths.measure(language, row.measureId)}>
        {t('measure.title', { number: row.number })}: <LocalizedText text={row.names} />
      </Link>
    ),
  };
  const deadline: Column<PlanScheduleItem> = {
    id: 'deadline',
    header: st('schedules.columns.deadline'),
    className: 'col-deadline',
    cell: (row) => (
      <q className="deadline-text" lang={row.deadlineLanguage}>
        {row.deadlineText}
      </q>
    ),
  };
  const why: Column<PlanScheduleItem> = { id: 'why', header: st('schedules.columns.why'), className: 'col-why', cell: (row) => <ReasonText reason={row.reason} message={row.message} /> };
  const lead: Column<PlanScheduleItem> = {
    id: 'lead',
    header: st('schedules.columns.lead'),
    cell: (row) => (row.leadExecutor ? <OrganizationName organization={row.leadExecutor} /> : ''),
  };
  return { measure, deadline, why, lead };
}
