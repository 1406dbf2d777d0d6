// The measures of a plan as the plan register prints them: number, name, executors, deadline,
// completion form; the illustrative marker follows the name.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReactNode } from 'react';
import type { MeasureSummary } from '../../../contracts/api/measures';
import { DataTable, type Column } from '../../components/data-table';
import { IllustrativeBadge } from '../../components/illustrative-badge';
import { LocalizedText } from '../../components/localized-text';
import { OrganizationName } from '../../components/organization-name';
import { useLanguage } from '../../lib/language-context';
import { paths } from '../../lib/paths';

interface MeasureTableProps {
  caption: ReactNode;
  measures: MeasureSummary[];
  showArea?: boolean;
  isStale?: boolean;
}

export function MeasureTable({ caption, measures, showArea = false, isStale }: MeasureTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();

  const columns: Column<MeasureSummary>[] = [
    { id: 'number', header: t('measures.columns.number'), cell: (measure) => measure.number, className: 'col-number' },
    {
      id: 'name',
      header: t('measures.columns.name'),
      isRowHeader: true,
      className: 'col-name',
      cell: (measure) => (
        <>
          <Link to={paths.measure(language, measure.id)}>
            <LocalizedText text={measure.names} />
          </Link>
          {measure.isIllustrative && (
            <>
              {' '}
              <IllustrativeBadge />
            </>
          )}
        </>
      ),
    },
    ...(showArea
      ? [
          {
            id: 'area',
            header: t('measures.columns.area'),
            className: 'col-number',
            cell: (measure: MeasureSummary) => (
              <Link to={paths.area(language, measure.planCode, measure.areaNumber)} aria-label={t('areas.areaNumber', { number: measure.areaNumber })}>
                {measure.areaNumber}
              </Link>
            ),
          },
        ]
      : []),
    { id: 'lead', header: t('measures.columns.leadExecutor'), cell: (measure) => <OrganizationName organization={measure.leadExecutor} /> },
    {
      id: 'co',
      header: t('measures.columns.coExecutors'),
      cell: (measure) =>
        measure.coExecutors.length === 0 ? (
          <span className="muted">{t('common.none')}</span>
        ) : (
          <ul className="inline-list">
            {measure.coExecutors.map((organization) => (
              <li key={organization.code}>
                <OrganizationName organization={organization} />
              </li>
            ))}
          </ul>
        ),
    },
    {
      id: 'deadline',
      header: t('measures.columns.deadline'),
      cell: (measure) => <span lang={measure.deadlineLanguage}>{measure.deadlineText}</span>,
    },
    { id: 'form', header: t('measures.columns.completionForm'), cell: (measure) => <LocalizedText text={measure.completionForm} /> },
  ];

  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={measures}
      rowKey={(measure) => measure.id}
      empty={t('filters.noResults')}
      isStale={isStale}
    />
  );
}
