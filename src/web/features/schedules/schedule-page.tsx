// /:lang/review/schedules/:measureId: one measure's schedule. Its deadline as written and how it was
// read (or why not), its obligations with due dates moved to working days, and for coordinators and
// admins the form that sets its occurrences by hand; other internal readers see it read-only.
import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { usePlan, useMeasure } from '../../api/queries';
import { useAbilities } from '../../api/session';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { LocalizedText } from '../../components/localized-text';
import { OrganizationName } from '../../components/organization-name';
import { ErrorState, LoadingState, NotFoundState } from '../../components/status-states';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/language-context';
import { paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { RequireSession } from '../auth/require-session';
import { ScheduleForm } from './schedule-form';
import { ScheduleObligations } from './schedule-obligations';
import { schedulePaths } from './schedule-paths';
import { useMeasureSchedule, type MeasureSchedule } from './schedule-queries';
import { ReasonText } from './schedule-reason';
import { useScheduleText } from './schedules-i18n';
import '../workspace/workspace.css';
import './schedules.css';

export function SchedulePage() {
  const { measureId = '' } = useParams();
  const id = /^\d{1,15}$/.test(measureId) && Number(measureId) > 0 ? Number(measureId) : null;
  if (id === null) return <NotFoundState />;
  return (
    <RequireSession anyOf={['canReadInternal']}>
      <ScheduleView measureId={id} />
    </RequireSession>
  );
}

function ScheduleView({ measureId }: { measureId: number }) {
  const { st, t } = useScheduleText();
  const language = useLanguage();
  const measure = useMeasure(measureId);
  const schedule = useMeasureSchedule(measureId);
  const plan = usePlan(measure.data?.planCode);
  const { canEditPlan } = useAbilities();
  const [message, setMessage] = useState('');
  const [savedCount, setSavedCount] = useState(0);
  const titleId = useId();
  useDocumentTitle(measure.data ? st('schedules.detail.eyebrow', { number: measure.data.number }) : null);

  if (measure.isPending || schedule.isPending) return <LoadingState />;
  if (measure.isError) return <ErrorState error={measure.error} onRetry={() => void measure.refetch()} />;
  if (schedule.isError) return <ErrorState error={schedule.error} onRetry={() => void schedule.refetch()} />;
  const data = measure.data;
  const current = schedule.data;

  return (
    <article aria-labelledby={titleId}>
      <Breadcrumbs items={[{ label: st('schedules.detail.back'), to: schedulePaths.list(language) }, { label: t('measure.title', { number: data.number }) }]} />
      <header className="page-header">
        <p className="eyebrow">{st('schedules.detail.eyebrow', { number: data.number })}</p>
        <h1 id={titleId}>
          <LocalizedText text={data.names} />
        </h1>
        <dl className="facts schedule-facts">
          <div className="facts-wide">
            <dt>{st('schedules.detail.deadline')}</dt>
            <dd>
              <q className="deadline-text" lang={data.deadlineLanguage}>
                {current.deadlineText}
              </q>
            </dd>
          </div>
          <div>
            <dt>{st('schedules.detail.status')}</dt>
            <dd>
              <span className={`chip chip-schedule-${current.status}`}>{st(`schedules.status.${current.status}`)}</span>
            </dd>
          </div>
          <div>
            <dt>{st('schedules.detail.lead')}</dt>
            <dd>
              <OrganizationName organization={data.leadExecutor} form="full" />
            </dd>
          </div>
          {plan.data && (
            <div>
              <dt>{st('schedules.detail.planYears')}</dt>
              <dd>
                {plan.data.periodStart}–{plan.data.periodEnd}
              </dd>
            </div>
          )}
          <div>
            <dt>{st('schedules.detail.version')}</dt>
            <dd>{formatNumber(current.version, language)}</dd>
          </div>
          <ReadingFacts schedule={current} />
        </dl>
        <p>
          <Link to={paths.measure(language, data.id)}>{st('schedules.detail.publicPage')}</Link>
        </p>
      </header>
      <p className="status-message" role="status" aria-live="polite">
        {message}
      </p>
      <ScheduleObligations schedule={current} measureNumber={data.number} focusSignal={savedCount} />
      {canEditPlan ? (
        <ScheduleForm
          key={current.version}
          schedule={current}
          onSaved={(saved) => {
            setMessage(st('schedules.form.saved', { version: saved.version, n: saved.obligations.filter((o) => o.status !== 'cancelled').length }));
            setSavedCount((count) => count + 1);
          }}
          onReload={() => {
            setMessage('');
            void schedule.refetch();
          }}
        />
      ) : (
        <p className="muted">{st('schedules.form.readOnly')}</p>
      )}
    </article>
  );
}

/** Why the text was not read, how it was read, or the coordinator's note. */
function ReadingFacts({ schedule }: { schedule: MeasureSchedule }) {
  const { st } = useScheduleText();
  if (schedule.status === 'needs_manual') {
    return (
      <div className="facts-wide">
        <dt>{st('schedules.detail.why')}</dt>
        <dd>
          <ReasonText reason={schedule.reason} message={schedule.message} />
        </dd>
      </div>
    );
  }
  if (schedule.status === 'manual') {
    return schedule.manualNote ? (
      <div className="facts-wide">
        <dt>{st('schedules.detail.manualNote')}</dt>
        <dd>{schedule.manualNote}</dd>
      </div>
    ) : null;
  }
  return (
    <>
      {schedule.description && (
        <div className="facts-wide">
          <dt>{st('schedules.detail.reading')}</dt>
          <dd>
            <LocalizedText text={{ en: schedule.description }} />
          </dd>
        </div>
      )}
      {schedule.notes.length > 0 && (
        <div className="facts-wide">
          <dt>{st('schedules.detail.notes')}</dt>
          <dd>
            <ul className="plain-list">
              {schedule.notes.map((note) => (
                <li key={note}>
                  <LocalizedText text={{ en: note }} />
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
    </>
  );
}
