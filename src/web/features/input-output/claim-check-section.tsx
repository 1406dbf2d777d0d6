// The plan's claim "one job in machine building creates up to 8-10 jobs in related industries",
// tested on the chosen table: both ratios, the jobs elsewhere per direct job, and a sentence in the
// reader's language saying whether the claim holds and on which basis. A table that is not
// Kazakhstan's can only show the method, and the section says so next to the verdict.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimVerdictResponse, IoTableDetail } from '../../../contracts/api/input-output';
import { IllustrativeBadge } from '../../components/illustrative-badge';
import { ErrorState, LoadingState } from '../../components/status-states';
import { useLanguage } from '../../lib/language-context';
import { claimSentence } from './claim-sentence';
import { defaultGroup, groupNames } from './default-group';
import { formatRatio } from './io-format';
import { useClaimCheck } from './io-queries';
import { ProductChecklist } from './product-checklist';

export function ClaimCheckSection({ table }: { table: IoTableDetail }) {
  const { t } = useTranslation();
  const [group, setGroup] = useState<string[]>(() => defaultGroup(table));
  const claim = useClaimCheck(table.code, group);
  const hasMachineBuilding = table.machineBuildingCodes.length > 0;

  return (
    <section className="panel" aria-labelledby="io-claim">
      <h2 id="io-claim">{t('io.claim.title')}</h2>
      <blockquote className="io-quote">{t('io.claim.quote')}</blockquote>
      <p className="section-intro">{t('io.claim.intro')}</p>
      <ProductChecklist
        legend={t('io.claim.products')}
        hint={hasMachineBuilding ? t('io.claim.productsHint') : t('io.claim.noMachineBuilding')}
        products={table.products}
        selected={group}
        onChange={setGroup}
      />
      <div className="io-claim-result">
        {group.length === 0 && <p className="field-error">{t('io.claim.chooseProducts')}</p>}
        {group.length > 0 && claim.isPending && <LoadingState />}
        {group.length > 0 && claim.isError && <ErrorState error={claim.error} level={2} />}
        {group.length > 0 && claim.isSuccess && <ClaimVerdictView verdict={claim.data} names={groupNames(table, group)} isStale={claim.isPlaceholderData} />}
      </div>
    </section>
  );
}

function ClaimVerdictView({ verdict, names, isStale }: { verdict: ClaimVerdictResponse; names: string; isStale: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = (value: number) => formatRatio(value, language);
  const sentence = claimSentence(t, { verdict, groupNames: names, format });
  const bases = [verdict.typeI, verdict.typeII];
  return (
    <div className={isStale ? 'io-verdict is-stale' : 'io-verdict'} aria-busy={isStale || undefined}>
      {/* Only the sentence is announced when the products change, not the table under it. */}
      <p className={verdict.holds ? 'io-claim-sentence io-holds' : 'io-claim-sentence io-fails'} aria-live="polite">
        <strong>{verdict.holds ? t('io.claim.holds') : t('io.claim.doesNotHold')}</strong> {sentence}
        {verdict.isIllustrative && (
          <>
            {' '}
            <IllustrativeBadge scope="field" />
          </>
        )}
      </p>
      {!verdict.isKazakhstanTable && <p className="notice">{t('io.claim.notKazakhstan')}</p>}
      <div className="table-scroll" role="region" aria-labelledby="io-claim-caption" tabIndex={0}>
        <table className="data-table">
          <caption id="io-claim-caption">{t('io.claim.caption', { low: verdict.claimedRatioRange[0], high: verdict.claimedRatioRange[1] })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('io.claim.basis')}</th>
              <th scope="col" className="num">{t('io.claim.ratio')}</th>
              <th scope="col" className="num">{t('io.claim.elsewhere')}</th>
              <th scope="col" className="num">{t('io.claim.outsideGroup')}</th>
              <th scope="col">{t('io.claim.comparisonHeader')}</th>
            </tr>
          </thead>
          <tbody>
            {bases.map((result) => (
              <tr key={result.basis}>
                <th scope="row">{t(`io.claim.bases.${result.basis}`)}</th>
                <td className="num">{format(result.ratio)}</td>
                <td className="num">{format(result.jobsElsewherePerDirectJob)}</td>
                <td className="num">{format(result.outsideGroupPerDirectJob)}</td>
                <td>{t(`io.claim.comparisonValue.${result.comparison}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
