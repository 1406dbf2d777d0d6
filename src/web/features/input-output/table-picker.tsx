// Which stored table the page shows: changing it changes the address, so each table has a link.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { IoTableSummary } from '../../../contracts/api/input-output';
import { useLanguage } from '../../lib/language-context';
import { ioPaths } from './io-paths';

export function TablePicker({ tables, current }: { tables: IoTableSummary[]; current: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const id = useId();
  const isKnown = tables.some((table) => table.code === current);
  return (
    <div className="filters io-picker">
      <div className="field field-grow">
        <label className="field-label" htmlFor={id}>
          {t('io.picker.label')}
        </label>
        <select id={id} value={current} onChange={(event) => navigate(ioPaths.table(language, event.target.value))}>
          {!isKnown && <option value={current}>{current}</option>}
          {tables.map((table) => (
            <option key={table.code} value={table.code}>
              {table.year ? t('io.picker.option', { name: table.name, year: table.year }) : table.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
