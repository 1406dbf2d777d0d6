// /:lang/review/overview: the plan's obligations by status, by area and by lead executor, each as a
// stacked bar chart and a table with the same figures.
import { useCallback, useId, useMemo } from 'react';
import { useMeasures, usePlan } from '../../api/queries';
import { usePlanObligations } from '../../api/workspace-queries';
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
import { countByStatus } from './status-counts';
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
  const measures = useMeasures(planCode, { limit: 500, offset: 0 });
  const obligations = usePlanObligations(planCode);
  const titleId = useId();
  useDocumentTitle(wt('review.overview.title'));

  const areaOfMeasure = useMemo(() => new Map((measures.data?.items ?? []).map((m) => [m.id, m.areaNumber])), [measures.data]);
  const areaNames = useMemo(() => new Map((plan.data?.areas ?? []).map((a) => [a.number, a.names])), [plan.data]);

  const byArea = useMemo(
    () =>
      countByStatus(
        obligations.data ?? [],
        (o) => areaOfMeasure.get(o.measure.id) ?? 0,
        (o) => o.status,
        (plan.data?.areas ?? []).map((a) => a.number),
      ),
    [obligations.data, areaOfMeasure, plan.data],
  );

  const organizations = useMemo(() => {
    const map = new Map<string, Organization>();
    for (const o of obligations.data ?? []) map.set(o.leadExecutor.code, o.leadExecutor);
    return map;
  }, [obligations.data]);
  const byExecutor = useMemo(
    () => countByStatus(obligations.data ?? [], (o) => o.leadExecutor.code, (o) => o.status, []).sort((a, b) => b.total - a.total || a.key.localeCompare(b.key)),
    [obligations.data],
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

  const isPending = obligations.isPending || measures.isPending || plan.isPending;
  const error = obligations.error ?? measures.error ?? plan.error;

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
        <ErrorState error={error} level={2} onRetry={() => void obligations.refetch()} />
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
