// "Showing 1–20 of 79", page links and the page size. Pages are links, so they work as URLs.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../lib/language-context';
import { formatNumber } from '../lib/format';

interface PaginationProps {
  total: number;
  limit: number;
  offset: number;
  /** The address of the page that starts at `offset`. */
  hrefFor: (offset: number) => string;
  pageSizes?: readonly number[];
  onPageSizeChange?: (limit: number) => void;
}

export function Pagination({ total, limit, offset, hrefFor, pageSizes, onPageSizeChange }: PaginationProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const pageCount = Math.max(1, Math.ceil(total / limit));
  const currentPage = Math.floor(offset / limit) + 1;
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  const number = (value: number) => formatNumber(value, language);

  return (
    <div className="pagination">
      <p className="pagination-status" aria-live="polite">
        {t('pagination.showing', { from: number(from), to: number(to), total: number(total) })}
      </p>
      {pageCount > 1 && (
        <nav aria-label={t('pagination.label')}>
          <ul className="pagination-pages">
            <li>
              <PageLink href={currentPage > 1 ? hrefFor(offset - limit) : null} label={t('pagination.previous')} rel="prev" />
            </li>
            {Array.from({ length: pageCount }, (_, index) => index + 1).map((page) => (
              <li key={page}>
                <Link
                  to={hrefFor((page - 1) * limit)}
                  aria-label={t('pagination.page', { page })}
                  aria-current={page === currentPage ? 'page' : undefined}
                  className="page-link"
                >
                  {number(page)}
                </Link>
              </li>
            ))}
            <li>
              <PageLink href={currentPage < pageCount ? hrefFor(offset + limit) : null} label={t('pagination.next')} rel="next" />
            </li>
          </ul>
        </nav>
      )}
      {pageSizes && onPageSizeChange && (
        <label className="page-size">
          {t('pagination.pageSize')}{' '}
          <select value={limit} onChange={(event) => onPageSizeChange(Number(event.target.value))}>
            {pageSizes.map((size) => (
              <option key={size} value={size}>
                {number(size)}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}

function PageLink({ href, label, rel }: { href: string | null; label: string; rel: string }) {
  if (!href) return <span className="page-link is-disabled" aria-disabled="true">{label}</span>;
  return (
    <Link to={href} rel={rel} className="page-link">
      {label}
    </Link>
  );
}
