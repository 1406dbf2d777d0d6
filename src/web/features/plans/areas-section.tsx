// The plan's areas: links with their measure counts, and the same counts as a bar chart.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanDetail } from '../../../contracts/api/plans';
import { IllustrativeBadge } from '../../components/illustrative-badge';
import { LocalizedText } from '../../components/localized-text';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/language-context';
import { paths } from '../../lib/paths';
import { AreasChart } from './areas-chart';

export function AreasSection({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby="areas" className="panel">
      <h2 id="areas">{t('areas.title')}</h2>
      <div className="areas-layout">
        <ol className="area-list">
          {plan.areas.map((area) => (
            <li key={area.number}>
              <Link to={paths.area(language, plan.code, area.number)} className="area-link">
                <span className="area-number" aria-hidden="true">
                  {area.number}
                </span>
                <span className="area-name">
                  <span className="visually-hidden">{t('areas.areaNumber', { number: area.number })}: </span>
                  <LocalizedText text={area.names} />
                  <span className="visually-hidden">. </span>
                </span>
                <span className="area-count">{t('areas.measureCount', { value: formatNumber(area.measureCount, language) })}</span>
              </Link>
              {area.isIllustrative && <IllustrativeBadge />}
            </li>
          ))}
        </ol>
        <figure className="chart-figure">
          <figcaption>{t('areas.chartTitle')}</figcaption>
          <AreasChart areas={plan.areas} />
        </figure>
      </div>
      <p>
        <Link to={paths.planMeasures(language, plan.code)}>{t('areas.allMeasures')}</Link>
      </p>
    </section>
  );
}
