// The 5-level delivery rating shown next to a probability of meeting a target (DOMAIN.md section 4).
// Each band includes its lower bound: 0.8 is Green, 0.6 is Amber/Green, 0.4 Amber, 0.2 Amber/Red.

export type DeliveryRating = 'green' | 'amber_green' | 'amber' | 'amber_red' | 'red';

export const RATING_LABELS: Record<DeliveryRating, string> = {
  green: 'Green',
  amber_green: 'Amber/Green',
  amber: 'Amber',
  amber_red: 'Amber/Red',
  red: 'Red',
};

/** Lower bounds of the bands, highest first; a probability below every bound is Red. */
export const RATING_BANDS: readonly { rating: DeliveryRating; from: number }[] = [
  { rating: 'green', from: 0.8 },
  { rating: 'amber_green', from: 0.6 },
  { rating: 'amber', from: 0.4 },
  { rating: 'amber_red', from: 0.2 },
];

/** Rating for a probability in [0, 1]. */
export function ratingForProbability(probability: number): DeliveryRating {
  for (const band of RATING_BANDS) if (probability >= band.from) return band.rating;
  return 'red';
}
