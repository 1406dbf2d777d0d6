// /:lang/review/overview: the plan's obligations by status, by area and by lead executor, each as a
// stacked bar chart and a table with the same figures.
import { useCallback, useId, useMemo } from 'react';
import { usePlan } from '../../api/queries';
import { usePlanObligationStatus } from '../../api/plan-dashboard-queries';
import type { Organization } from '../../../contracts/api/organizations';
import { LocalizedText, useLocalizedString } from '../../components/localized-text';
import { OrganizationName } from '../../components/organization-name';
import { ErrorState, LoadingState } from '../../components/status-states';
import { pickLanguage } from '../../../contracts/languages';
import { useLanguage } from '../../lib/language-context';
import { useDocumentTitle } from '../../lib/use-document-title';
import { RequireSession } from '../auth/require-session';
import { useWorkspaceText } from '../workspace/workspace-i18n';
import { ReviewNav } from './review-nav';
import { StatusChart } from './status-chart';
import type { StatusGroup } from './status-counts';
import { StatusTable } from './status-table';
import { usePlanCode } from './use-plan-code';

export function OverviewPage() {
  return (
    <RequireSession anyOf={['canReadInternal']}>
      <Overview />
    </RequireSession>
  );
}

function Overview() {
  const { wt, t } = useWorkspaceText();
  const language = useLanguage();
  const localized = useLocalizedString();
  const planCode = usePlanCode();
  const plan = usePlan(planCode);
  const statuses = usePlanObligationStatus(planCode);
  const titleId = useId();
  useDocumentTitle(wt('review.overview.title'));

  // The server counts (one GROUP BY); the page only shapes its answer into the chart's groups.
  const areaNames = useMemo(() => new Map((statuses.data?.byArea ?? []).map((g) => [g.area.number, g.area.names])), [statuses.data]);
  const byArea = useMemo<StatusGroup<number>[]>(
    () => (statuses.data?.byArea ?? []).map((g) => ({ key: g.area.number, counts: g.counts, total: g.total })),
    [statuses.data],
  );

  const organizations = useMemo(() => new Map<string, Organization>((statuses.data?.byLeadExecutor ?? []).map((g) => [g.organization.code, g.organization])), [statuses.data]);
  const byExecutor = useMemo<StatusGroup<string>[]>(
    () =>
      (statuses.data?.byLeadExecutor ?? [])
        .map((g) => ({ key: g.organization.code, counts: g.counts, total: g.total }))
        .sort((a, b) => b.total - a.total || a.key.localeCompare(b.key)),
    [statuses.data],
  );

  const areaLabel = useCallback((key: number) => (key ? `${key}. ${localized(areaNames.get(key))}` : wt('review.overview.noArea')), [areaNames, localized, wt]);
  const executorLabel = useCallback(
    (code: string) => {
      const organization = organizations.get(code);
      if (!organization) return code;
      return (pickLanguage(organization.shortNames, language) ?? pickLanguage(organization.names, language))?.text ?? code;
    },
    [organizations, language],
  );

  const isPending = statuses.isPending || plan.isPending;
  const error = statuses.error ?? plan.error;

  return (
    <article aria-labelledby={titleId}>
      <header className="page-header">
        <p className="eyebrow">{plan.data ? <LocalizedText text={plan.data.names} /> : planCode}</p>
        <h1 id={titleId}>{wt('review.overview.title')}</h1>
        <p className="lead">{wt('review.overview.intro')}</p>
      </header>
      <ReviewNav />
      {isPending ? (
        <LoadingState />
      ) : error ? (
        <ErrorState error={error} level={2} onRetry={() => void statuses.refetch()} />
      ) : (
        <>
          <section className="panel" aria-labelledby="by-area-title">
            <h2 id="by-area-title">{wt('review.overview.byArea')}</h2>
            <StatusChart groups={byArea} labelOf={areaLabel} label={wt('review.overview.chartByArea')} />
            <StatusTable
              caption={wt('review.overview.captionByArea')}
              groupHeader={wt('review.overview.area')}
              groups={byArea}
              rowKey={(key) => key}
              renderKey={(key) => (key ? <>{t('areas.areaNumber', { number: key })}: <LocalizedText text={areaNames.get(key)} /></> : wt('review.overview.noArea'))}
            />
          </section>
          <section className="panel" aria-labelledby="by-executor-title">
            <h2 id="by-executor-title">{wt('review.overview.byExecutor')}</h2>
            <StatusChart groups={byExecutor} labelOf={executorLabel} label={wt('review.overview.chartByExecutor')} />
            <StatusTable
              caption={wt('review.overview.captionByExecutor')}
              groupHeader={wt('review.columns.executor')}
              groups={byExecutor}
              rowKey={(key) => key}
              renderKey={(key) => {
                const organization = organizations.get(key);
                return organization ? <OrganizationName organization={organization} form="full" /> : key;
              }}
            />
          </section>
        </>
      )}
    </article>
  );
}
