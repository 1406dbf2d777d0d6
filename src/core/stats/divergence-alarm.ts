// Divergence between an indicator and the measures meant to move it. Two signals are worth a
// person's attention: the indicator is off its trajectory although its measures are on time (the
// measures may not drive it), and the measures are late although the indicator is on track (it
// moves for other reasons, or the lateness has not yet shown).
import type { DeliveryRating } from './rating';

export type DivergenceKind = 'indicator_off_track_measures_on_time' | 'measures_late_indicator_on_track';

export interface DivergenceInput {
  indicatorCode: string;
  rating: DeliveryRating | null;
  /** latest / trajectory - 1; null when unknown. */
  gapRelative: number | null;
  /** Linked measures' obligations due so far, and how many of them were met on time. */
  measures: { due: number; onTime: number };
}

export interface DivergenceThresholds {
  /** A gap below -gapTolerance is off trajectory. Default 0.02. */
  gapTolerance: number;
  /** Measures count as on time from this share up. Default 0.8. */
  onTimeShare: number;
  /** Measures count as late below this share. Default 0.6. */
  lateShare: number;
}

export const DEFAULT_DIVERGENCE_THRESHOLDS: DivergenceThresholds = { gapTolerance: 0.02, onTimeShare: 0.8, lateShare: 0.6 };

export interface DivergenceAlarm {
  kind: DivergenceKind;
  indicatorCode: string;
  message: string;
  evidence: { rating: DeliveryRating | null; gapRelative: number | null; onTimeShare: number };
}

const POOR: readonly DeliveryRating[] = ['red', 'amber_red'];
const GOOD: readonly DeliveryRating[] = ['green', 'amber_green'];

export function detectDivergence(
  input: DivergenceInput,
  thresholds: DivergenceThresholds = DEFAULT_DIVERGENCE_THRESHOLDS,
): DivergenceAlarm | null {
  if (input.measures.due <= 0) return null; // nothing due yet: no evidence either way
  const onTimeShare = input.measures.onTime / input.measures.due;
  const gapKnown = input.gapRelative !== null;
  const belowPath = gapKnown && input.gapRelative! < -thresholds.gapTolerance;
  const offTrack = belowPath || (input.rating !== null && POOR.includes(input.rating));
  const onTrack = gapKnown && !belowPath && (input.rating === null || GOOD.includes(input.rating));
  const evidence = { rating: input.rating, gapRelative: input.gapRelative, onTimeShare };
  const percent = (share: number) => `${Math.round(share * 100)}%`;
  if (offTrack && onTimeShare >= thresholds.onTimeShare) {
    return {
      kind: 'indicator_off_track_measures_on_time',
      indicatorCode: input.indicatorCode,
      message: `${input.indicatorCode} is off its trajectory while ${percent(onTimeShare)} of its measures' obligations were met on time: the measures may not be what moves it`,
      evidence,
    };
  }
  if (onTrack && onTimeShare < thresholds.lateShare) {
    return {
      kind: 'measures_late_indicator_on_track',
      indicatorCode: input.indicatorCode,
      message: `${input.indicatorCode} is on track while only ${percent(onTimeShare)} of its measures' obligations were met on time: it is moving for other reasons, or the delays have not shown yet`,
      evidence,
    };
  }
  return null;
}
