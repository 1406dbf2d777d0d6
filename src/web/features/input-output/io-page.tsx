// The input-output page: choose a table, see its multipliers, compute an impact, test the plan's
// "8-10 related jobs" claim. /:lang/input-output opens the first table of Kazakhstan, else the first.
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../components/status-states';
import { useLanguage } from '../../lib/language-context';
import { useDocumentTitle } from '../../lib/use-document-title';
import { IoTableView } from './io-table-view';
import { ioPaths } from './io-paths';
import { useIoTables, useSessionInfo } from './io-queries';
import { TablePicker } from './table-picker';
import { UploadForm } from './upload-form';
import './input-output.css';

export function IoPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { code } = useParams();
  const tables = useIoTables();
  const canImport = useSessionInfo().data?.abilities.canImportStatistics ?? false;
  useDocumentTitle(t('io.title'));

  if (tables.isPending) return <LoadingState />;
  if (tables.isError) return <ErrorState error={tables.error} onRetry={() => void tables.refetch()} />;
  const items = tables.data.items;
  if (!code && items.length > 0) {
    const first = items.find((table) => table.country === 'KZ') ?? items[0]!;
    return <Navigate replace to={ioPaths.table(language, first.code)} />;
  }

  return (
    <article className="io-page" aria-labelledby="io-title">
      <header className="page-header">
        <h1 id="io-title">{t('io.title')}</h1>
        <p className="lead">{t('io.intro')}</p>
      </header>
      {items.length === 0 ? <p className="panel">{t('io.noTables')}</p> : <TablePicker tables={items} current={code ?? ''} />}
      {code && <IoTableView key={code} code={code} canImport={canImport} />}
      {canImport && <UploadForm />}
    </article>
  );
}
