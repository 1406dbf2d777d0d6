// Estimated costs by financing source (rows) and year (columns), million tenge, with totals.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasureDetail } from '../../../contracts/api/measures';
import { formatMillions } from '../../lib/format';
import { useLanguage } from '../../lib/language-context';
import { summarizeCosts, type CostCell } from './cost-summary';

export function MeasureCosts({ costs }: { costs: MeasureDetail['costs'] }) {
  const { t } = useTranslation();
  const summary = summarizeCosts(costs);
  const captionId = useId();
  if (summary.rows.length === 0) return <p className="muted">{t('measure.noCosts')}</p>;
  if (summary.isFundingNotRequired) return <p>{t('measure.fundingNotRequired')}</p>;

  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table cost-table">
        <caption id={captionId}>{t('measure.costsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('measure.financingSource')}</th>
            {summary.years.map((year) => (
              <th key={year} scope="col" className="num">
                {year}
              </th>
            ))}
            <th scope="col" className="num">
              {t('measure.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.rows.map((row) => (
            <tr key={row.source}>
              <th scope="row">{t(`enums.financingSource.${row.source}`)}</th>
              {row.byYear.map((cell, index) => (
                <td key={summary.years[index]} className="num">
                  <Amount cell={row.isNotRequired ? undefined : cell} />
                </td>
              ))}
              <td className="num">
                <Amount cell={row.isNotRequired ? undefined : row.total} />
              </td>
            </tr>
          ))}
        </tbody>
        {summary.rows.length > 1 && (
          <tfoot>
            <tr>
              <th scope="row">{t('measure.total')}</th>
              {summary.yearTotals.map((cell, index) => (
                <td key={summary.years[index]} className="num">
                  <Amount cell={cell} />
                </td>
              ))}
              <td className="num">
                <Amount cell={summary.total} />
              </td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

export function Amount({ cell }: { cell: CostCell }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (cell === undefined) return <span aria-label={t('common.none')}>—</span>;
  if (cell === null) return <span className="muted">{t('measure.withinAllocatedFunds')}</span>;
  return <>{formatMillions(cell, language)}</>;
}
