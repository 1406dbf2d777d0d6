// Filters of an obligation list, kept in the address (?status=&from=&to=) so that a filtered list
// can be bookmarked and the back button works.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { OBLIGATION_STATUSES, type ObligationStatus } from '../../../core/obligations/obligation-status';
import { useChangeAddressFilters } from '../../lib/use-change-address-filters';
import { useWorkspaceText } from './workspace-i18n';

export interface ObligationFilterValues {
  status: ObligationStatus | undefined;
  dueAfter: string | undefined;
  dueBefore: string | undefined;
  limit: number;
  offset: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const WORKSPACE_PAGE_SIZE = 50;

export function readObligationFilters(params: URLSearchParams): ObligationFilterValues {
  const status = params.get('status');
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const offset = Number(params.get('offset') ?? 0);
  return {
    status: (OBLIGATION_STATUSES as readonly string[]).includes(status ?? '') ? (status as ObligationStatus) : undefined,
    dueAfter: DATE.test(from) ? from : undefined,
    dueBefore: DATE.test(to) ? to : undefined,
    limit: WORKSPACE_PAGE_SIZE,
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

export function ObligationFilters({ values }: { values: ObligationFilterValues }) {
  const { wt } = useWorkspaceText();
  const { t } = useTranslation();
  const [, setSearchParams] = useSearchParams();
  const changeFilters = useChangeAddressFilters();
  const ids = { status: useId(), from: useId(), to: useId() };

  const change = (key: 'status' | 'from' | 'to', value: string) =>
    changeFilters((params) => {
      if (value) params.set(key, value);
      else params.delete(key);
    });

  const hasFilters = Boolean(values.status || values.dueAfter || values.dueBefore);
  return (
    <form className="filters" role="search" aria-label={wt('workspace.filters.label')} onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor={ids.status} className="field-label">
          {wt('workspace.columns.status')}
        </label>
        <select id={ids.status} value={values.status ?? ''} onChange={(event) => change('status', event.target.value)}>
          <option value="">{wt('workspace.filters.anyStatus')}</option>
          {OBLIGATION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`enums.obligationStatus.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.from} className="field-label">
          {wt('workspace.filters.dueFrom')}
        </label>
        <input id={ids.from} type="date" value={values.dueAfter ?? ''} onChange={(event) => change('from', event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.to} className="field-label">
          {wt('workspace.filters.dueTo')}
        </label>
        <input id={ids.to} type="date" value={values.dueBefore ?? ''} onChange={(event) => change('to', event.target.value)} />
      </div>
      {hasFilters && (
        <button type="button" className="button button-secondary" onClick={() => setSearchParams(new URLSearchParams(), { replace: true })}>
          {wt('workspace.filters.clear')}
        </button>
      )}
    </form>
  );
}
