// TanStack Query hooks of the coordinator's dashboards: a plan's obligations counted by status, and
// every lead executor's performance, each one request. The keys sit under 'obligations' and
// 'performance', so a report change refreshes them with the lists (workspace-queries.ts).
import { useQuery } from '@tanstack/react-query';
import type { PlanObligationStatus, PlanPerformanceList } from '../../contracts/api/plan-obligations';
import { apiGet } from './client';

const API = '/api/v1';
const segment = encodeURIComponent;

export const planDashboardKeys = {
  obligationStatus: (plan: string) => ['obligations', 'plan', plan, 'status'] as const,
  performance: (plan: string) => ['performance', 'plan', plan] as const,
};

export function usePlanObligationStatus(plan: string) {
  return useQuery({
    queryKey: planDashboardKeys.obligationStatus(plan),
    queryFn: ({ signal }) => apiGet<PlanObligationStatus>(`${API}/plans/${segment(plan)}/obligation-status`, undefined, signal),
  });
}

export function usePlanPerformance(plan: string) {
  return useQuery({
    queryKey: planDashboardKeys.performance(plan),
    queryFn: ({ signal }) => apiGet<PlanPerformanceList>(`${API}/plans/${segment(plan)}/performance`, undefined, signal),
  });
}
