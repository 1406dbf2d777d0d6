// Filters of a measure list: area (plan-wide list only), executor, and a debounced text search.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from '../../../contracts/api/plans';
import { useOrganizations } from '../../api/queries';
import { useLocalizedString } from '../../components/localized-text';
import { useDebouncedSearchText } from '../../lib/use-debounced-search-text';
import type { MeasureSearch, MeasureSearchChanges } from './measure-search';

interface MeasureFiltersProps {
  search: MeasureSearch;
  onChange: (changes: MeasureSearchChanges) => void;
  /** Offer the area filter with these areas. */
  areas?: Area[];
}

export function MeasureFilters({ search, onChange, areas }: MeasureFiltersProps) {
  const { t } = useTranslation();
  const localized = useLocalizedString();
  const organizations = useOrganizations();
  const hintId = useId();
  const [text, setText] = useDebouncedSearchText(search.q, (q) => onChange({ q }));

  const executorOptions = (organizations.data?.items ?? [])
    .map((organization) => {
      const full = localized(organization.names);
      const short = localized(organization.shortNames);
      return { code: organization.code, label: short && short !== full ? `${short} — ${full}` : full || organization.code };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
  const hasFilters = Boolean(search.executor || search.q || (areas && search.area));

  return (
    <form role="search" aria-label={t('filters.legend')} className="filters" onSubmit={(event) => event.preventDefault()}>
      {areas && (
        <label className="field">
          <span className="field-label">{t('filters.area')}</span>
          <select value={search.area ?? ''} onChange={(event) => onChange({ area: event.target.value || undefined })}>
            <option value="">{t('filters.anyArea')}</option>
            {areas.map((area) => (
              <option key={area.number} value={area.number}>
                {area.number}. {localized(area.names)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="field">
        <span className="field-label">{t('filters.executor')}</span>
        <select value={search.executor ?? ''} onChange={(event) => onChange({ executor: event.target.value || undefined })}>
          <option value="">{t('filters.anyExecutor')}</option>
          {search.executor && !executorOptions.some((option) => option.code === search.executor) && (
            <option value={search.executor}>{search.executor}</option>
          )}
          {executorOptions.map((option) => (
            <option key={option.code} value={option.code}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field field-grow">
        <span className="field-label">{t('filters.search')}</span>
        <input type="search" value={text} maxLength={200} aria-describedby={hintId} onChange={(event) => setText(event.target.value)} />
        <span id={hintId} className="field-hint">
          {t('filters.searchHint')}
        </span>
      </label>
      {hasFilters && (
        <button type="button" className="button button-secondary" onClick={() => {
            setText(''); // empties the field and drops a search still waiting to be sent
            onChange({ area: undefined, executor: undefined, q: undefined });
          }}>
          {t('filters.clear')}
        </button>
      )}
    </form>
  );
}
