// The public record of a measure: its obligations with their public status and, where a report
// was accepted, that report with its contributions and evidence (names only).
import type { Organization } from '../../contracts/api/organizations';
import type { DeclaredStatus, ObligationStatus } from '../../core/obligations/obligation-status';
import { ORGANIZATION_JSON, type Queryable } from './queryable';
import type { ScheduleStatus } from './measure-schedules';

export interface MeasureProgressRecord {
  measureId: number;
  planCode: string;
  number: number;
  scheduleStatus: ScheduleStatus;
  obligations: Array<{
    id: number;
    period: string;
    due: string;
    dueDateAssumed: boolean;
    publicStatus: ObligationStatus;
    acceptedReport: {
      id: number;
      text: string;
      declaredStatus: DeclaredStatus;
      percentDone: number;
      acceptedAt: string;
      contributions: Array<{ organization: Organization; text: string }>;
      evidence: Array<{ id: number; fileName: string; kind: string; sizeBytes: number }>;
    } | null;
  }>;
}

export async function findMeasureProgress(db: Queryable, measureId: number): Promise<MeasureProgressRecord | null> {
  const { rows } = await db.query<MeasureProgressRecord>(
    `select m.id as "measureId", p.code as "planCode", m.number, coalesce(s.status, 'parsed') as "scheduleStatus",
            coalesce((select jsonb_agg(jsonb_build_object(
                'id', ob.id, 'period', ob.period, 'due', ob.due, 'dueDateAssumed', ob.due_date_assumed, 'publicStatus', ob.public_status,
                'acceptedReport', (select jsonb_build_object('id', r.id, 'text', r.text, 'declaredStatus', r.declared_status,
                      'percentDone', r.percent_done, 'acceptedAt', to_char(r.reviewed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                      'contributions', coalesce((select jsonb_agg(jsonb_build_object('organization',
                          (select ${ORGANIZATION_JSON} from organizations o where o.id = c.organization_id), 'text', c.text) order by c.organization_id)
                        from report_contributions c where c.report_id = r.id), '[]'),
                      'evidence', coalesce((select jsonb_agg(jsonb_build_object('id', f.id, 'fileName', f.file_name, 'kind', f.kind,
                          'sizeBytes', f.size_bytes) order by f.id) from evidence_files f where f.report_id = r.id), '[]'))
                   from reports r where r.obligation_id = ob.id and r.state = 'accepted'))
                order by ob.due, ob.period)
               from obligations ob where ob.measure_id = m.id), '[]') as obligations
       from measures m join plans p on p.id = m.plan_id left join measure_schedules s on s.measure_id = m.id
      where m.id = $1`,
    [measureId],
  );
  return rows[0] ?? null;
}
