// TanStack Query hooks, one per endpoint, typed with the contracts' response types.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ListEnvelope } from '../../contracts/api/common';
import type { Indicator } from '../../contracts/api/indicators';
import type { MeasureDetail, MeasureSummary } from '../../contracts/api/measures';
import type { Organization } from '../../contracts/api/organizations';
import type { PlanDetail, PlanSummary } from '../../contracts/api/plans';
import { ApiError, apiGet } from './client';

export interface MeasureFilters {
  area?: number;
  executor?: string;
  q?: string;
  limit: number;
  offset: number;
}

const API = '/api/v1';
const segment = encodeURIComponent;

export const queryKeys = {
  plans: () => ['plans'] as const,
  plan: (planCode: string) => ['plans', planCode] as const,
  measures: (planCode: string, filters: MeasureFilters) => ['plans', planCode, 'measures', filters] as const,
  measure: (id: number) => ['measures', id] as const,
  indicators: (planCode: string) => ['plans', planCode, 'indicators'] as const,
  organizations: () => ['organizations'] as const,
};

/** Client errors (4xx) will not change on a retry; network and server errors might. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function usePlans() {
  return useQuery({
    queryKey: queryKeys.plans(),
    queryFn: ({ signal }) => apiGet<ListEnvelope<PlanSummary>>(`${API}/plans`, undefined, signal),
  });
}

/** Waits (stays pending) while the plan code is not known yet. */
export function usePlan(planCode: string | undefined) {
  return useQuery({
    queryKey: queryKeys.plan(planCode ?? ''),
    queryFn: ({ signal }) => apiGet<PlanDetail>(`${API}/plans/${segment(planCode ?? '')}`, undefined, signal),
    enabled: Boolean(planCode),
  });
}

export function useMeasures(planCode: string, filters: MeasureFilters) {
  return useQuery({
    queryKey: queryKeys.measures(planCode, filters),
    queryFn: ({ signal }) =>
      apiGet<ListEnvelope<MeasureSummary>>(`${API}/plans/${segment(planCode)}/measures`, { ...filters }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useMeasure(id: number) {
  return useQuery({
    queryKey: queryKeys.measure(id),
    queryFn: ({ signal }) => apiGet<MeasureDetail>(`${API}/measures/${id}`, undefined, signal),
  });
}

export function useIndicators(planCode: string) {
  return useQuery({
    queryKey: queryKeys.indicators(planCode),
    queryFn: ({ signal }) => apiGet<ListEnvelope<Indicator>>(`${API}/plans/${segment(planCode)}/indicators`, undefined, signal),
  });
}

export function useOrganizations() {
  return useQuery({
    queryKey: queryKeys.organizations(),
    queryFn: ({ signal }) => apiGet<ListEnvelope<Organization>>(`${API}/organizations`, { limit: 500 }, signal),
    staleTime: 10 * 60_000,
  });
}
