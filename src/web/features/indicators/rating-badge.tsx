// The 5-level delivery rating: a coloured mark and its name, never colour alone.
import type { IndicatorStatusView } from '../../../contracts/api/indicator-status';
import { useIndicatorText } from './indicator-i18n';

export function RatingBadge({ rating }: { rating: IndicatorStatusView['rating'] }) {
  const { it } = useIndicatorText();
  const name = rating ?? 'none';
  return (
    <span className={`rating rating-${name}`} data-rating={name}>
      <span className="rating-mark" aria-hidden="true" />
      {it(`indicators.rating.${name}`)}
    </span>
  );
}
