import { describe, expect, it } from 'vitest';
import { detectDivergence } from './divergence-alarm';

describe('detectDivergence', () => {
  it('flags an indicator off trajectory while its measures are on time', () => {
    const alarm = detectDivergence({ indicatorCode: 'PVI', rating: 'amber', gapRelative: -0.05, measures: { due: 10, onTime: 9 } });
    expect(alarm?.kind).toBe('indicator_off_track_measures_on_time');
    expect(alarm?.evidence.onTimeShare).toBeCloseTo(0.9, 12);
    expect(alarm?.message).toContain('90%');
    // A red rating alone is enough, even on the path today.
    expect(detectDivergence({ indicatorCode: 'PVI', rating: 'red', gapRelative: 0.01, measures: { due: 5, onTime: 4 } })?.kind).toBe(
      'indicator_off_track_measures_on_time',
    );
  });

  it('flags measures late while the indicator is on track', () => {
    const alarm = detectDivergence({ indicatorCode: 'EXP', rating: 'green', gapRelative: 0.03, measures: { due: 10, onTime: 5 } });
    expect(alarm?.kind).toBe('measures_late_indicator_on_track');
  });

  it('stays quiet when indicator and measures agree, in the grey zone, or with nothing due', () => {
    expect(detectDivergence({ indicatorCode: 'A', rating: 'green', gapRelative: 0.0, measures: { due: 10, onTime: 9 } })).toBeNull();
    expect(detectDivergence({ indicatorCode: 'A', rating: 'red', gapRelative: -0.2, measures: { due: 10, onTime: 3 } })).toBeNull();
    expect(detectDivergence({ indicatorCode: 'A', rating: 'amber', gapRelative: 0.0, measures: { due: 10, onTime: 5 } })).toBeNull();
    expect(detectDivergence({ indicatorCode: 'A', rating: 'green', gapRelative: 0.1, measures: { due: 10, onTime: 7 } })).toBeNull();
    expect(detectDivergence({ indicatorCode: 'A', rating: 'red', gapRelative: -0.2, measures: { due: 0, onTime: 0 } })).toBeNull();
  });

  it('uses the boundaries as stated: on time from 80%, late below 60%, off path below -2%', () => {
    expect(detectDivergence({ indicatorCode: 'A', rating: null, gapRelative: -0.0201, measures: { due: 5, onTime: 4 } })?.kind).toBe(
      'indicator_off_track_measures_on_time',
    );
    expect(detectDivergence({ indicatorCode: 'A', rating: null, gapRelative: -0.02, measures: { due: 5, onTime: 4 } })).toBeNull();
    expect(detectDivergence({ indicatorCode: 'A', rating: null, gapRelative: -0.02, measures: { due: 5, onTime: 3 } })).toBeNull(); // 60% is not late
    expect(detectDivergence({ indicatorCode: 'A', rating: null, gapRelative: -0.02, measures: { due: 5, onTime: 2 } })?.kind).toBe(
      'measures_late_indicator_on_track',
    );
  });
});
