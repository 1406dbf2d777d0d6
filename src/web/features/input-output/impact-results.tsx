// An impact by product and in total: for output, GVA, labour income and jobs, the direct effect
// (the products bought), the indirect one (their supply chains) and the induced one (spending of the
// extra wages). Two header rows group the four effects under each measure (th scope="colgroup").
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { EffectSplit, ImpactMeasure, IoImpactReport, IoTableDetail } from '../../../contracts/api/input-output';
import { IllustrativeBadge } from '../../components/illustrative-badge';
import { useLanguage } from '../../lib/language-context';
import { formatAmount, formatRatio } from './io-format';

const MEASURES: readonly ImpactMeasure[] = ['output', 'gva', 'income', 'jobs'];
const EFFECTS = ['direct', 'indirect', 'induced', 'total'] as const satisfies readonly (keyof EffectSplit)[];

export function ImpactResults({ report, table }: { report: IoImpactReport; table: IoTableDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const isMarked = (field: ImpactMeasure | 'induced') => report.illustrativeFields.includes(field);
  const money = table.moneyUnit ?? t('io.units.money');
  const jobs = table.employmentUnit ?? t('io.units.employment');
  const unitOf = (measure: ImpactMeasure) => (measure === 'jobs' ? jobs : money);
  const ratio = (value: number | null) => (value === null ? t('io.multipliers.notApplicable') : formatRatio(value, language));
  const cells = (split: EffectSplit) => EFFECTS.map((effect) => <td key={effect} className="num">{formatAmount(split[effect], language)}</td>);

  return (
    <div className="io-results">
      <h3>{t('io.impact.results')}</h3>
      <dl className="facts">
        <div>
          <dt>{t('io.impact.finalDemandTotal')}</dt>
          <dd>
            {formatAmount(report.finalDemandTotal, language)} <span className="muted">{money}</span>
          </dd>
        </div>
        <div>
          <dt>{t('io.impact.directJobs')}</dt>
          <dd>
            {formatAmount(report.totals.jobs.direct, language)} <span className="muted">{jobs}</span>
          </dd>
        </div>
        <div>
          <dt>{t('io.impact.jobsPerDirectJob')}</dt>
          <dd>{t('io.impact.typeIandII', { typeI: ratio(report.jobsPerDirectJob.typeI), typeII: ratio(report.jobsPerDirectJob.typeII) })}</dd>
        </div>
      </dl>
      <div className="table-scroll" role="region" aria-labelledby="io-impact-caption" tabIndex={0}>
        <table className="data-table io-impact-table">
          <caption id="io-impact-caption">{t('io.impact.caption')}</caption>
          <colgroup>
            <col />
          </colgroup>
          {MEASURES.map((measure) => (
            <colgroup key={measure} span={EFFECTS.length} />
          ))}
          <thead>
            <tr>
              <td />
              {MEASURES.map((measure) => (
                <th key={measure} scope="colgroup" colSpan={EFFECTS.length} className="io-group-head">
                  {t(`io.impact.measures.${measure}`)} <span className="muted">({unitOf(measure)})</span>
                  {isMarked(measure) && <IllustrativeBadge scope="field" />}
                </th>
              ))}
            </tr>
            <tr>
              <th scope="col">{t('io.impact.product')}</th>
              {MEASURES.map((measure) => (
                <Fragment key={measure}>
                  {EFFECTS.map((effect) => (
                    <th key={effect} scope="col" className="num">
                      {t(`io.impact.effects.${effect}`)}
                      {effect === 'induced' && isMarked('induced') && !isMarked(measure) && <IllustrativeBadge scope="field" />}
                    </th>
                  ))}
                </Fragment>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.products.map((product) => (
              <tr key={product.code}>
                <th scope="row">
                  <span className="io-code">{product.code}</span> {product.name}
                </th>
                {MEASURES.map((measure) => (
                  <Fragment key={measure}>{cells(product[measure])}</Fragment>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('io.impact.total')}</th>
              {MEASURES.map((measure) => (
                <Fragment key={measure}>{cells(report.totals[measure])}</Fragment>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="legend">{t('io.impact.legend')}</p>
    </div>
  );
}
