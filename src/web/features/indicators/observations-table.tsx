// Every vintage of the indicator's series released by the as-of date, with its source: which one
// is in force for its period, and which feed the annual computation.
import type { IndicatorDetail } from '../../../contracts/api/indicator-status';
import { DataTable, type Column } from '../../components/data-table';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/language-context';
import { useIndicatorText } from './indicator-i18n';

type Row = IndicatorDetail['observations'][number];

function sourceLabel(row: Row): string {
  if (!row.sourceUrl) return row.source;
  try {
    return new URL(row.sourceUrl).hostname.replace(/^www\./, '');
  } catch {
    return row.source;
  }
}

export function ObservationsTable({ detail }: { detail: IndicatorDetail }) {
  const { it } = useIndicatorText();
  const language = useLanguage();
  if (!detail.status.series) return null;
  const columns: Column<Row>[] = [
    { id: 'period', header: it('indicators.data.period'), isRowHeader: true, cell: (row) => row.period },
    { id: 'basis', header: it('indicators.data.priceBasis'), cell: (row) => <code>{row.priceBasis}</code> },
    { id: 'value', header: it('indicators.data.value'), className: 'numeric', cell: (row) => formatNumber(row.value, language, { maximumFractionDigits: 6 }) },
    { id: 'status', header: it('indicators.data.status'), cell: (row) => it(`indicators.data.statuses.${row.status}`) },
    { id: 'released', header: it('indicators.data.released'), cell: (row) => row.releaseDate },
    {
      id: 'vintage',
      header: it('indicators.data.vintage'),
      cell: (row) => (
        <>
          {row.isInForce ? it('indicators.data.inForce') : <span className="muted">{it('indicators.data.superseded')}</span>}
          {row.isUsed && <span className="muted">; {it('indicators.data.used')}</span>}
        </>
      ),
    },
    {
      id: 'source',
      header: it('indicators.data.source'),
      cell: (row) =>
        row.sourceUrl ? (
          <a href={row.sourceUrl} rel="noopener noreferrer" title={row.sourceUrl}>
            {sourceLabel(row)}
          </a>
        ) : (
          row.source
        ),
    },
  ];
  return (
    <section className="panel" aria-labelledby="observations">
      <h2 id="observations">{it('indicators.data.title')}</h2>
      <DataTable
        caption={it('indicators.data.caption', { series: detail.status.series.code, date: detail.asOf })}
        columns={columns}
        rows={detail.observations}
        rowKey={(row) => `${row.period}|${row.priceBasis}|${row.releaseDate}`}
        empty={it('indicators.data.empty')}
      />
    </section>
  );
}
