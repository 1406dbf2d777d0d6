// Target trajectories (DOMAIN.md section 4). A target is a multiple R of the base value X0 at base
// year t0, reached at year T, along the geometric path X(t) = X0 * R^((t - t0) / (T - t0)).
// Intermediate targets stated by a plan override the path: the trajectory passes through every
// stated point and runs geometrically between neighbouring points, which reduces to the formula
// above when none are stated. Years outside [t0, T] extend the first or last segment.
import { StatsInputError } from './errors';

export interface IntermediateTarget {
  year: number;
  /** Multiple of the base value to be reached in that year. */
  multiple: number;
}

export interface TargetSpec {
  baseYear: number;
  baseValue: number;
  multiple: number;
  targetYear: number;
  intermediate?: readonly IntermediateTarget[];
}

export interface TrajectoryPoint {
  year: number;
  value: number;
  /** True where the plan states this value (base, intermediate or final target). */
  isStated: boolean;
}

function anchors(spec: TargetSpec): IntermediateTarget[] {
  if (!(spec.targetYear > spec.baseYear)) throw new StatsInputError(`the target year ${spec.targetYear} must come after the base year ${spec.baseYear}`);
  if (!(spec.multiple > 0)) throw new StatsInputError('the target multiple must be positive');
  const stated = [...(spec.intermediate ?? [])].sort((a, b) => a.year - b.year);
  stated.forEach((point, i) => {
    if (point.year <= spec.baseYear || point.year >= spec.targetYear) {
      throw new StatsInputError(`the intermediate target for ${point.year} must lie strictly between ${spec.baseYear} and ${spec.targetYear}`);
    }
    if (!(point.multiple > 0)) throw new StatsInputError(`the intermediate target for ${point.year} must be positive`);
    if (i > 0 && stated[i - 1]!.year === point.year) throw new StatsInputError(`two intermediate targets for ${point.year}`);
  });
  return [{ year: spec.baseYear, multiple: 1 }, ...stated, { year: spec.targetYear, multiple: spec.multiple }];
}

/** X(t) for any (also fractional) year t. */
export function trajectoryValue(spec: TargetSpec, year: number): number {
  const points = anchors(spec);
  let segment = 0;
  while (segment < points.length - 2 && year > points[segment + 1]!.year) segment++;
  const from = points[segment]!;
  const to = points[segment + 1]!;
  const exponent = (year - from.year) / (to.year - from.year);
  return spec.baseValue * from.multiple * (to.multiple / from.multiple) ** exponent;
}

/** The trajectory for every year from the base year to the target year. */
export function trajectory(spec: TargetSpec): TrajectoryPoint[] {
  const stated = new Set(anchors(spec).map((point) => point.year));
  const points: TrajectoryPoint[] = [];
  for (let year = spec.baseYear; year <= spec.targetYear; year++) {
    points.push({ year, value: trajectoryValue(spec, year), isStated: stated.has(year) });
  }
  return points;
}
