// Consistency checks across the plan's targets, each with its formula, its arithmetic with the
// plan's numbers, what it assumed, and its finding (written in English by the engine).
import type { ConsistencyCheckView } from '../../../contracts/api/indicator-status';
import { LocalizedText } from '../../components/localized-text';
import { useIndicatorText } from './indicator-i18n';

export function ConsistencyChecks({ checks }: { checks: ConsistencyCheckView[] }) {
  const { it } = useIndicatorText();
  return (
    <section className="panel" aria-labelledby="consistency-checks">
      <h2 id="consistency-checks">{it('indicators.checks.title')}</h2>
      <p className="section-intro">{it('indicators.checks.intro')}</p>
      {checks.length === 0 ? (
        <p>{it('indicators.checks.none')}</p>
      ) : (
        <ul className="check-list">
          {checks.map((check) => (
            <li key={`${check.kind}-${check.indicators.join('-')}`} className={`check check-${check.verdict}`}>
              <h3>
                {it(`indicators.checks.kinds.${check.kind}`)} <span className="muted">({check.indicators.join(', ')})</span>{' '}
                <span className={`verdict verdict-${check.verdict}`}>{it(`indicators.checks.verdicts.${check.verdict}`)}</span>
              </h3>
              <dl className="facts-rows">
                <div>
                  <dt>{it('indicators.checks.formula')}</dt>
                  <dd>
                    <code>{check.formula}</code>
                  </dd>
                </div>
                <div>
                  <dt>{it('indicators.checks.arithmetic')}</dt>
                  <dd>
                    <code className="arithmetic">{check.arithmetic}</code>
                  </dd>
                </div>
                <div>
                  <dt>{it('indicators.checks.explanation')}</dt>
                  <dd>
                    <LocalizedText text={{ en: check.explanation }} />
                  </dd>
                </div>
                {check.assumptions.length > 0 && (
                  <div>
                    <dt>{it('indicators.checks.assumptions')}</dt>
                    <dd>
                      <ul className="plain-list">
                        {check.assumptions.map((assumption) => (
                          <li key={assumption}>
                            <LocalizedText text={{ en: assumption }} />
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </div>
                )}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
