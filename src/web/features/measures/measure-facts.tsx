// Every field of a measure as a description list.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeasureDetail } from '../../../contracts/api/measures';
import { IllustrativeBadge } from '../../components/illustrative-badge';
import { LocalizedText } from '../../components/localized-text';
import { OrganizationName } from '../../components/organization-name';
import { formatMillions } from '../../lib/format';
import { useLanguage } from '../../lib/language-context';
import { paths } from '../../lib/paths';

export function MeasureFacts({ measure }: { measure: MeasureDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <dl className="facts">
      <div>
        <dt>{t('measure.number')}</dt>
        <dd>{measure.number}</dd>
      </div>
      <div className="facts-wide">
        <dt>{t('measure.area')}</dt>
        <dd>
          <Link to={paths.area(language, measure.planCode, measure.area.number)}>
            {t('areas.areaNumber', { number: measure.area.number })}: <LocalizedText text={measure.area.names} />
          </Link>{' '}
          {measure.area.isIllustrative && <IllustrativeBadge />}
        </dd>
      </div>
      <div className="facts-wide">
        <dt>{t('measure.completionForm')}</dt>
        <dd>
          <LocalizedText text={measure.completionForm} />
        </dd>
      </div>
      <div className="facts-wide">
        <dt>{t('measure.deadline')}</dt>
        <dd>
          <span lang={measure.deadlineLanguage} className="deadline-text">
            {measure.deadlineText}
          </span>{' '}
          <span className="muted">({t(`measure.deadlineAsWritten.${measure.deadlineLanguage}`)})</span>
        </dd>
      </div>
      <div className="facts-wide">
        <dt>{t('measure.leadExecutor')}</dt>
        <dd>
          <ExecutorName organization={measure.leadExecutor} />
        </dd>
      </div>
      <div className="facts-wide">
        <dt>{t('measure.coExecutors')}</dt>
        <dd>
          {measure.coExecutors.length === 0 ? (
            <span className="muted">{t('common.none')}</span>
          ) : (
            <ul className="plain-list">
              {measure.coExecutors.map((organization) => (
                <li key={organization.code}>
                  <ExecutorName organization={organization} />
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('measure.totalCost')}</dt>
        <dd>
          {measure.totalCostMillionKzt === null ? (
            <span className="muted">{totalCostNote(measure.costs, t)}</span>
          ) : (
            t('measure.amountMillionTenge', { amount: formatMillions(measure.totalCostMillionKzt, language) })
          )}
        </dd>
      </div>
      <div className="facts-wide">
        <dt>{t('measure.expectedResult')}</dt>
        <dd>
          <LocalizedText text={measure.expectedResult} />
        </dd>
      </div>
    </dl>
  );
}

/** Why a measure has no total: no costs stated, no funding required, or within allocated funds. */
function totalCostNote(costs: MeasureDetail['costs'], t: TFunction): string {
  if (costs.length === 0) return t('common.notStated');
  if (costs.every((cost) => cost.source === 'not_required')) return t('measure.fundingNotRequired');
  return t('measure.withinAllocatedFunds');
}

/** Full name, then the short name plans use, then the kind of organisation. */
function ExecutorName({ organization }: { organization: MeasureDetail['leadExecutor'] }) {
  const { t } = useTranslation();
  return (
    <>
      <OrganizationName organization={organization} form="full" />
      {organization.shortNames && (
        <>
          {' '}
          (<LocalizedText text={organization.shortNames} />)
        </>
      )}
      <span className="muted"> · {t(`enums.organizationKind.${organization.kind}`)}</span>
    </>
  );
}
