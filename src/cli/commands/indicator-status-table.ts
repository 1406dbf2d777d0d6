// The readable form of `zhospar indicators status`: one line per indicator, then the consistency
// checks with their arithmetic and the divergence alarms. Rounded for reading; --json keeps full
// precision.
import type { PlanIndicatorStatus } from '../../contracts/api/indicator-status';

const RATING_TEXT = { green: 'Green', amber_green: 'Amber/Green', amber: 'Amber', amber_red: 'Amber/Red', red: 'Red' } as const;

const fixed = (value: number | null | undefined, decimals = 1) => (value === null || value === undefined ? '-' : value.toFixed(decimals));
const percent = (value: number | null | undefined, decimals = 1) => (value === null || value === undefined ? '-' : `${(value * 100).toFixed(decimals)}%`);
const signedPercent = (value: number | null | undefined) => (value === null || value === undefined ? '-' : `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)}%`);

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

export function formatIndicatorStatus(status: PlanIndicatorStatus): string {
  const rows = status.items.map((item) => {
    const base = item.baseYear.year === null ? '-' : `${item.baseYear.year}${item.baseYear.isAssumed ? '*' : ''}`;
    const target = item.targetMultiple === null ? '-' : `x${item.targetMultiple} by ${item.targetYear ?? '?'}`;
    if (!item.hasData || !item.latest) {
      return [item.code, target, base, 'no data', '', '', '', percent(item.requiredAnnualRate), '', '', '', '', ''];
    }
    return [
      item.code,
      target,
      base,
      fixed(item.latest.value),
      item.latest.period,
      fixed(item.trajectoryValue),
      signedPercent(item.gap?.relative),
      percent(item.requiredAnnualRate),
      percent(item.requiredRateFromNow),
      item.forecastAtTarget ? `${fixed(item.forecastAtTarget.value)}` : '-',
      percent(item.probability.simulated, 0),
      percent(item.probability.closedForm, 0),
      item.rating ? RATING_TEXT[item.rating] : '-',
    ];
  });
  const lines = [
    `Indicators of ${status.planCode} as known on ${status.asOf}`,
    '',
    ...table(['indicator', 'target', 'base', 'latest', 'period', 'trajectory', 'gap', 'req/yr', 'req now', 'forecast', 'P(sim)', 'P(closed)', 'rating'], rows),
  ];
  const assumed = status.items.find((item) => item.baseYear.source === 'plan_assumption');
  if (assumed) lines.push('', `* base year ${assumed.baseYear.year} is an assumption: ${assumed.baseYear.note?.en ?? 'the plan does not publish one'}`);
  const releases = status.items.filter((item) => item.latestRelease);
  for (const item of releases) {
    const release = item.latestRelease!;
    lines.push(`  ${item.code}: newer release ${release.period} = ${release.value} (${release.priceBasis}, released ${release.releaseDate}); not annual, not used above`);
  }
  lines.push('', 'Levels are on the base year = 100 for volume indices; forecasts are at the target year by the method with the lowest back-test error.');
  if (status.consistencyChecks.length > 0) {
    lines.push('', 'Consistency checks:');
    for (const check of status.consistencyChecks) {
      lines.push(`  [${check.verdict}] ${check.kind} (${check.indicators.join(', ')}): ${check.arithmetic}`);
      lines.push(`      ${check.explanation}`);
      for (const assumption of check.assumptions) lines.push(`      assumes: ${assumption}`);
    }
  }
  lines.push('', `Divergence: ${status.divergence.note}`);
  for (const entry of status.divergence.indicators) if (entry.alarm) lines.push(`  ALARM ${entry.alarm.message}`);
  return `${lines.join('\n')}\n`;
}
