// The indicator against the measures linked to it: their obligations' record and any divergence
// alarm; says plainly when implementation is not tracked and lateness is therefore unknown.
import type { IndicatorDetail } from '../../../contracts/api/indicator-status';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/language-context';
import { useIndicatorText } from './indicator-i18n';

export function DivergenceSection({ divergence }: { divergence: IndicatorDetail['divergence'] }) {
  const { it } = useIndicatorText();
  const language = useLanguage();
  const delivery = divergence.delivery;
  const count = (value: number | null | undefined) => (value === null || value === undefined ? '—' : formatNumber(value, language));
  return (
    <section className="panel" aria-labelledby="divergence">
      <h2 id="divergence">{it('indicators.divergence.title')}</h2>
      <dl className="facts-rows">
        <div>
          <dt>{it('indicators.divergence.measures')}</dt>
          <dd>{count(delivery?.measures)}</dd>
        </div>
        {divergence.obligationsTracked && (
          <>
            <div>
              <dt>{it('indicators.divergence.due')}</dt>
              <dd>{count(delivery?.due)}</dd>
            </div>
            <div>
              <dt>{it('indicators.divergence.onTime')}</dt>
              <dd>{count(delivery?.onTime)}</dd>
            </div>
            <div>
              <dt>{it('indicators.divergence.late')}</dt>
              <dd>{count(delivery?.late)}</dd>
            </div>
          </>
        )}
      </dl>
      {!divergence.obligationsTracked ? (
        <p className="notice">{it('indicators.divergence.untracked')}</p>
      ) : delivery?.alarm ? (
        <p className="notice notice-alarm" role="status">
          <strong>{it(`indicators.divergence.alarms.${delivery.alarm.kind}`)}</strong>
        </p>
      ) : (
        <p>{it('indicators.divergence.noAlarm')}</p>
      )}
    </section>
  );
}
