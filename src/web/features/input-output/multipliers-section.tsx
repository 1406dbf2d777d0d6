// The table's multipliers: a sortable table with every figure, and a bar chart of one of them.
import { useTranslation } from 'react-i18next';
import type { IoTableDetail } from '../../../contracts/api/input-output';
import { ErrorState, LoadingState } from '../../components/status-states';
import { useIoMultipliers } from './io-queries';
import { MultipliersChart } from './multipliers-chart';
import { MultipliersTable } from './multipliers-table';

export function MultipliersSection({ table }: { table: IoTableDetail }) {
  const { t } = useTranslation();
  const multipliers = useIoMultipliers(table.code);
  return (
    <section className="panel" aria-labelledby="io-multipliers">
      <h2 id="io-multipliers">{t('io.multipliers.title')}</h2>
      <p className="section-intro">{t('io.multipliers.intro')}</p>
      {multipliers.isPending && <LoadingState />}
      {multipliers.isError && <ErrorState error={multipliers.error} onRetry={() => void multipliers.refetch()} level={2} />}
      {multipliers.isSuccess && (
        <>
          <MultipliersTable products={multipliers.data.products} illustrative={multipliers.data.illustrativeFields} />
          <MultipliersChart products={multipliers.data.products} illustrative={multipliers.data.illustrativeFields} />
        </>
      )}
    </section>
  );
}
