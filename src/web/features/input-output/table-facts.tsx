// What the chosen table is and how far to trust it: source, year, kind, economy, units, and which
// columns are assumptions rather than published data. A table that is not Kazakhstan's says so
// before any figure, so that nobody quotes a textbook's multiplier as the country's.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IoTableDetail } from '../../../contracts/api/input-output';
import { IllustrativeBadge } from '../../components/illustrative-badge';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/language-context';

export function TableFacts({ table, children }: { table: IoTableDetail; children?: ReactNode }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const isKazakhstan = table.country === 'KZ';
  return (
    <section className="panel" aria-labelledby="io-table-name">
      <h2 id="io-table-name">
        {table.name}{' '}
        <span className="io-badges">
          <span className="badge io-badge-kind">{t(`io.kind.${table.kind}`)}</span>
          {table.isIllustrative && <IllustrativeBadge scope="field" />}
        </span>
      </h2>
      {!isKazakhstan && <p className="notice">{t('io.facts.notKazakhstan')}</p>}
      {table.isIllustrative && (
        <p className="notice">
          <strong>{t('io.facts.illustrativeColumns', { columns: table.illustrativeColumns.map((column) => t(`io.columns.${column}`)).join(', ') })}</strong>{' '}
          {table.illustrativeNote}
        </p>
      )}
      <dl className="facts io-facts">
        <div className="facts-wide">
          <dt>{t('io.facts.source')}</dt>
          <dd>
            {table.source.url ? (
              <a href={table.source.url} rel="noopener noreferrer">
                {table.source.citation}
              </a>
            ) : (
              table.source.citation
            )}
          </dd>
        </div>
        <div>
          <dt>{t('io.facts.year')}</dt>
          <dd>{table.year ?? t('common.notStated')}</dd>
        </div>
        {table.versionLabel && (
          <div>
            <dt>{t('io.facts.version')}</dt>
            <dd>{table.versionLabel}</dd>
          </div>
        )}
        <div>
          <dt>{t('io.facts.economy')}</dt>
          <dd>{isKazakhstan ? t('io.facts.kazakhstan') : (table.country ?? t('io.facts.noEconomy'))}</dd>
        </div>
        <div>
          <dt>{t('io.facts.products')}</dt>
          <dd>{formatNumber(table.productCount, language)}</dd>
        </div>
        <div>
          <dt>{t('io.facts.units')}</dt>
          <dd>
            {t('io.facts.unitsValue', {
              money: table.moneyUnit ?? t('io.units.money'),
              employment: table.employmentUnit ?? t('io.units.employment'),
            })}
          </dd>
        </div>
        <div className="facts-wide">
          <dt>{t('io.facts.machineBuilding')}</dt>
          <dd>{table.machineBuildingCodes.length > 0 ? table.machineBuildingCodes.join(', ') : t('io.facts.noMachineBuilding')}</dd>
        </div>
      </dl>
      {children}
    </section>
  );
}
