// A chart's figures as a small table by year: the chart's text alternative, read by screen readers
// and printed.
interface FiguresTableProps {
  yearHeader: string;
  columns: readonly string[];
  rows: ReadonlyArray<{ year: number; cells: readonly string[] }>;
}

export function FiguresTable({ yearHeader, columns, rows }: FiguresTableProps) {
  return (
    <table className="data-table compact">
      <thead>
        <tr>
          <th scope="col">{yearHeader}</th>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.year}>
            <th scope="row">{row.year}</th>
            {row.cells.map((cell, i) => (
              <td key={i} className="numeric">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
