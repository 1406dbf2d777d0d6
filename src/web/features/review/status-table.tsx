// The figures of a status chart as a table: one row per group, one column per status, and totals.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OBLIGATION_STATUSES } from '../../../core/obligations/obligation-status';
import { DataTable } from '../../components/data-table';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/language-context';
import { useWorkspaceText } from '../workspace/workspace-i18n';
import { totalCounts, type StatusGroup } from './status-counts';

interface StatusTableProps<Key> {
  caption: string;
  groupHeader: string;
  groups: StatusGroup<Key>[];
  renderKey: (key: Key) => ReactNode;
  rowKey: (key: Key) => string | number;
}

export function StatusTable<Key>({ caption, groupHeader, groups, renderKey, rowKey }: StatusTableProps<Key>) {
  const { t } = useTranslation();
  const { wt } = useWorkspaceText();
  const language = useLanguage();
  const total = totalCounts(groups);
  const number = (value: number) => formatNumber(value, language);
  return (
    <DataTable
      caption={caption}
      rows={groups}
      rowKey={(group) => rowKey(group.key)}
      columns={[
        { id: 'group', header: groupHeader, isRowHeader: true, className: 'col-name', cell: (group) => renderKey(group.key) },
        ...OBLIGATION_STATUSES.map((status) => ({
          id: status,
          header: t(`enums.obligationStatus.${status}`),
          className: status === 'overdue' ? 'num col-overdue' : 'num',
          cell: (group: StatusGroup<Key>) => number(group.counts[status]),
        })),
        { id: 'total', header: wt('review.overview.total'), className: 'num', cell: (group) => number(group.total) },
      ]}
      footer={
        <tr>
          <th scope="row">{wt('review.overview.total')}</th>
          {OBLIGATION_STATUSES.map((status) => (
            <td key={status} className="num">
              {number(total.counts[status])}
            </td>
          ))}
          <td className="num">{number(total.total)}</td>
        </tr>
      }
    />
  );
}
