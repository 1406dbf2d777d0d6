// Marks content that is not public fact (DESIGN.md "Honest data"): visible, hoverable and spoken.
import { useTranslation } from 'react-i18next';

interface IllustrativeBadgeProps {
  /** "record": a whole measure or area was written for demonstration; "field": one value is assumed. */
  scope?: 'record' | 'field';
}

export function IllustrativeBadge({ scope = 'record' }: IllustrativeBadgeProps) {
  const { t } = useTranslation();
  const explanation = scope === 'record' ? t('illustrative.explanation') : t('illustrative.fieldExplanation');
  return (
    <span className="badge badge-illustrative" title={explanation}>
      <span>{t('illustrative.badge')}</span>
      <span className="visually-hidden">: {explanation}</span>
    </span>
  );
}

/** A short explanation shown once near content that carries badges. */
export function IllustrativeLegend() {
  const { t } = useTranslation();
  return (
    <p className="legend">
      <span className="badge badge-illustrative" aria-hidden="true">
        {t('illustrative.badge')}
      </span>{' '}
      {t('illustrative.legend')}
    </p>
  );
}
