// The public progress of a measure: what the public measure page shows. Only accepted reports and
// public statuses appear, whoever asks.
import type pg from 'pg';
import type { MeasureProgress } from '../../contracts/api/obligations';
import { findMeasureProgress } from '../../db/repositories/measure-progress';
import { WorkflowError } from './workflow-error';

export async function getMeasureProgress(pool: pg.Pool, measureId: number): Promise<MeasureProgress> {
  const record = await findMeasureProgress(pool, measureId);
  if (!record) throw new WorkflowError('not_found', `There is no measure with the id ${measureId}.`);
  return {
    measureId: record.measureId,
    planCode: record.planCode,
    number: record.number,
    scheduleStatus: record.scheduleStatus,
    obligations: record.obligations.map((o) => ({
      id: o.id,
      period: o.period,
      due: o.due,
      dueDateAssumed: o.dueDateAssumed,
      status: o.publicStatus,
      acceptedReport: o.acceptedReport ? { ...o.acceptedReport, evidence: o.acceptedReport.evidence.map((f) => ({ ...f, url: `/api/v1/evidence/${f.id}` })) } : null,
    })),
  };
}
