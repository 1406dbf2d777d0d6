// A stored table's metadata with its products' own figures (output, final uses, value added, labour
// income, employment): what the page lists besides the multipliers. The flows stay in the document.
import type { IoTableDetail } from '../../contracts/api/input-output';
import { findIoTable, ioTableSummaryOf, readIoTableData } from '../../db/repositories/io-tables';
import type { Queryable } from '../../db/repositories/queryable';

export async function getIoTable(db: Queryable, code: string): Promise<IoTableDetail | null> {
  const record = await findIoTable(db, code);
  if (!record) return null;
  const table = await readIoTableData(db, record.id, record.version);
  if (!table) return null;
  return {
    ...ioTableSummaryOf(record),
    products: table.products.map((product, i) => ({
      code: product.code,
      name: product.name,
      totalOutput: table.totalOutput[i]!,
      householdConsumption: table.householdConsumption[i]!,
      otherFinalDemand: table.otherFinalDemand[i]!,
      gva: table.gva[i]!,
      compensation: table.compensation[i]!,
      employment: table.employment[i]!,
    })),
  };
}
