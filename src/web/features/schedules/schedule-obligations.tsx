// A measure's obligations as its schedule yields them: each period with the due date as set and the
// due date the server moved to a working day, and the obligation's status.
import { useEffect, useId, useRef } from 'react';
import { DataTable } from '../../components/data-table';
import { useLanguage } from '../../lib/language-context';
import { formatDate } from '../workspace/dates';
import { ObligationStatusChip } from '../workspace/status-chips';
import type { MeasureSchedule } from './schedule-queries';
import { useScheduleText } from './schedules-i18n';

interface ScheduleObligationsProps {
  schedule: MeasureSchedule;
  measureNumber: number;
  /** Changed after a save: the heading takes the focus, so that the new dates are read next. */
  focusSignal: number;
}

export function ScheduleObligations({ schedule, measureNumber, focusSignal }: ScheduleObligationsProps) {
  const { st } = useScheduleText();
  const language = useLanguage();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusSignal > 0) headingRef.current?.focus();
  }, [focusSignal]);
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {st('schedules.obligations.title')}
      </h2>
      {schedule.obligations.length === 0 ? (
        <p className="muted">{st('schedules.obligations.none')}</p>
      ) : (
        <>
          <DataTable
            caption={st('schedules.obligations.caption', { number: measureNumber })}
            rows={schedule.obligations}
            rowKey={(row) => row.id}
            columns={[
              { id: 'period', header: st('schedules.obligations.period'), isRowHeader: true, cell: (row) => row.period },
              { id: 'asSet', header: st('schedules.obligations.asSet'), className: 'col-date', cell: (row) => formatDate(row.nominalDue, language) },
              {
                id: 'due',
                header: st('schedules.obligations.due'),
                className: 'col-date',
                cell: (row) => (
                  <>
                    {formatDate(row.due, language)}
                    {row.due !== row.nominalDue && <span className="muted small"> ({st('schedules.obligations.movedFrom', { date: formatDate(row.nominalDue, language) })})</span>}
                    {row.dueDateAssumed && <span className="muted small"> ({st('schedules.obligations.assumed')})</span>}
                  </>
                ),
              },
              { id: 'status', header: st('schedules.obligations.status'), cell: (row) => <ObligationStatusChip status={row.status} /> },
            ]}
          />
          <p className="field-hint">{st('schedules.obligations.workingDays')}</p>
        </>
      )}
    </section>
  );
}
