// One table: what it is, its multipliers, the impact calculator and the claim check.
import { ErrorState, LoadingState } from '../../components/status-states';
import { ClaimCheckSection } from './claim-check-section';
import { DeleteTableButton } from './delete-table-button';
import { ImpactCalculator } from './impact-calculator';
import { useIoTable } from './io-queries';
import { MultipliersSection } from './multipliers-section';
import { TableFacts } from './table-facts';

export function IoTableView({ code, canImport }: { code: string; canImport: boolean }) {
  const table = useIoTable(code);
  if (table.isPending) return <LoadingState />;
  if (table.isError) return <ErrorState error={table.error} onRetry={() => void table.refetch()} level={2} />;
  return (
    <>
      <TableFacts table={table.data}>{canImport && <DeleteTableButton code={table.data.code} />}</TableFacts>
      <MultipliersSection table={table.data} />
      <ImpactCalculator table={table.data} />
      <ClaimCheckSection table={table.data} />
    </>
  );
}
