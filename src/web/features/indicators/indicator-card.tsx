// One target indicator: the target, what it is measured in, the growth it needs, and its sources.
// Values that the dataset assumes (illustrativeFields) carry a badge next to them.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../contracts/api/indicators';
import { IllustrativeBadge } from '../../components/illustrative-badge';
import { LocalizedText } from '../../components/localized-text';
import { SourceList } from '../../components/source-list';
import { currencyName, formatMultiple, formatNumber, formatPercent } from '../../lib/format';
import { useLanguage } from '../../lib/language-context';
import { paths } from '../../lib/paths';

export function IndicatorCard({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const assumed = (...fields: string[]) => fields.some((field) => indicator.illustrativeFields.includes(field));
  const notPublished = <span className="muted">{t('common.notPublished')}</span>;
  const titleId = `${paths.indicatorAnchor(indicator.code)}-title`;

  const priceBasis =
    indicator.priceBasis === 'constant_prices' && indicator.priceBaseYear !== null
      ? t('indicators.constantPricesOf', { year: indicator.priceBaseYear })
      : t(`enums.priceBasis.${indicator.priceBasis}`);

  return (
    <article className="indicator-card" id={paths.indicatorAnchor(indicator.code)} aria-labelledby={titleId}>
      <h3 id={titleId}>
        <LocalizedText text={indicator.names} /> {assumed('names') && <IllustrativeBadge scope="field" />}
      </h3>
      <p className="indicator-target-label">{t('indicators.target')}</p>
      <p className="indicator-target">
        {indicator.targetMultiple === null
          ? notPublished
          : indicator.targetYear !== null
            ? t('indicators.targetValue', { multiple: formatMultiple(indicator.targetMultiple, language), year: indicator.targetYear })
            : `×${formatMultiple(indicator.targetMultiple, language)}`}
        {assumed('targetMultiple', 'targetYear') && <IllustrativeBadge scope="field" />}
      </p>
      <dl className="facts-rows">
        <Fact label={t('indicators.baseYear')} isAssumed={assumed('baseYear')}>
          {indicator.baseYear ?? notPublished}
        </Fact>
        <Fact label={t('indicators.targetYear')} isAssumed={assumed('targetYear')}>
          {indicator.targetYear ?? notPublished}
        </Fact>
        {indicator.baseValue !== null && (
          <Fact label={t('indicators.baseValue')} isAssumed={assumed('baseValue')}>
            {formatNumber(indicator.baseValue, language)} <LocalizedText text={indicator.unit} />
          </Fact>
        )}
        <Fact label={t('indicators.priceBasis')} isAssumed={assumed('priceBasis', 'priceBaseYear')}>
          {priceBasis}
        </Fact>
        <Fact label={t('indicators.currency')} isAssumed={assumed('currency')}>
          {indicator.currency ? (
            <>
              {indicator.currency} <span className="muted">({currencyName(indicator.currency, language)})</span>
            </>
          ) : (
            <span className="muted">{t('common.notStated')}</span>
          )}
        </Fact>
        <Fact label={t('indicators.unit')} isAssumed={assumed('unit')}>
          <LocalizedText text={indicator.unit} />
        </Fact>
        <Fact label={t('indicators.frequency')} isAssumed={assumed('frequency')}>
          {t(`enums.frequency.${indicator.frequency}`)}
        </Fact>
        <Fact label={t('indicators.requiredRate')} isAssumed={assumed('requiredAnnualRate', 'baseYear', 'targetYear')}>
          {indicator.requiredAnnualRate !== null ? (
            t('indicators.requiredRateValue', { rate: formatPercent(indicator.requiredAnnualRate, language) })
          ) : (
            <span className="muted">{t('indicators.requiredRateUnknown')}</span>
          )}
        </Fact>
        {indicator.intermediateTargets.length > 0 && (
          <Fact label={t('indicators.intermediateTargets')} isAssumed={assumed('intermediateTargets')}>
            {indicator.intermediateTargets.map((target) => `${target.year}: ×${formatMultiple(target.multiple, language)}`).join('; ')}
          </Fact>
        )}
      </dl>
      {indicator.note && (
        <p className="indicator-note">
          <span className="visually-hidden">{t('indicators.note')}: </span>
          <LocalizedText text={indicator.note} />
        </p>
      )}
      {indicator.sources.length > 0 && (
        <div className="indicator-sources">
          <h4>{t('indicators.sources')}</h4>
          <SourceList sources={indicator.sources} />
        </div>
      )}
    </article>
  );
}

function Fact({ label, isAssumed, children }: { label: string; isAssumed: boolean; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {children} {isAssumed && <IllustrativeBadge scope="field" />}
      </dd>
    </div>
  );
}
