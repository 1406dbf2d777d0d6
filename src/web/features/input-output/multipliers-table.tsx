// Every product's multipliers, sortable by any column with the buttons in the headers (keyboard:
// Tab to a header, Enter or Space to sort; aria-sort tells screen readers the order, and a live
// region says it in words).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MultiplierField, ProductMultipliers } from '../../../contracts/api/input-output';
import { IllustrativeBadge } from '../../components/illustrative-badge';
import { useLanguage } from '../../lib/language-context';
import { formatCoefficient, formatRatio } from './io-format';
import { nextSort, sortMultipliers, type SortColumn, type SortState } from './multiplier-sort';

const FIGURES: readonly MultiplierField[] = [
  'outputMultiplier',
  'gvaMultiplier',
  'employmentMultiplier',
  'employmentTypeI',
  'employmentTypeII',
  'incomeTypeI',
  'incomeTypeII',
];

interface MultipliersTableProps {
  products: ProductMultipliers[];
  illustrative: MultiplierField[];
}

export function MultipliersTable({ products, illustrative }: MultipliersTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [sort, setSort] = useState<SortState | null>(null);
  const rows = useMemo(() => sortMultipliers(products, sort), [products, sort]);
  const label = (column: SortColumn) => (column === 'code' ? t('io.multipliers.columns.product') : t(`io.multipliers.columns.${column}`));
  const show = (field: MultiplierField, value: number | null) => {
    if (value === null) {
      return (
        <abbr title={t('io.multipliers.notApplicableExplained')} className="io-na">
          {t('io.multipliers.notApplicable')}
        </abbr>
      );
    }
    return field === 'employmentMultiplier' ? formatCoefficient(value, language) : formatRatio(value, language);
  };

  const header = (column: SortColumn, className?: string) => {
    const isSorted = sort?.column === column;
    const arrow = isSorted ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕';
    return (
      <th key={column} scope="col" className={className} aria-sort={isSorted ? sort.direction : undefined}>
        <button type="button" className="io-sort-button" onClick={() => setSort(nextSort(sort, column))}>
          {label(column)}
          <span className="io-sort-arrow" aria-hidden="true">
            {arrow}
          </span>
        </button>
        {column !== 'code' && illustrative.includes(column) && <IllustrativeBadge scope="field" />}
      </th>
    );
  };

  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby="io-multipliers-caption" tabIndex={0}>
        <table className="data-table io-multipliers-table">
          <caption id="io-multipliers-caption">
            {t('io.multipliers.caption')}
            <span className="io-caption-hint">{t('io.multipliers.sortHint')}</span>
          </caption>
          <thead>
            <tr>
              {header('code')}
              {FIGURES.map((field) => header(field, 'num'))}
            </tr>
          </thead>
          <tbody>
            {rows.map((product) => (
              <tr key={product.code}>
                <th scope="row">
                  <span className="io-code">{product.code}</span> {product.name}
                </th>
                {FIGURES.map((field) => (
                  <td key={field} className="num">
                    {show(field, product[field])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {sort ? t('io.multipliers.sortedBy', { column: label(sort.column), direction: t(`io.multipliers.${sort.direction}`) }) : ''}
      </p>
      <p className="legend">{t('io.multipliers.legend')}</p>
    </>
  );
}
