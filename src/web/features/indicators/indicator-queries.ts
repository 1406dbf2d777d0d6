// TanStack Query hooks for the indicator engine's endpoints, typed with the contracts.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { IndicatorContributions, IndicatorDetail, PlanIndicatorStatus } from '../../../contracts/api/indicator-status';
import { apiGet } from '../../api/client';

const API = '/api/v1';
const segment = encodeURIComponent;

export const indicatorQueryKeys = {
  status: (planCode: string, asOf: string | null) => ['plans', planCode, 'indicator-status', asOf] as const,
  detail: (planCode: string, code: string, asOf: string | null) => ['plans', planCode, 'indicator', code, asOf] as const,
  contributions: (planCode: string, code: string, by: string, asOf: string | null) => ['plans', planCode, 'indicator', code, 'contributions', by, asOf] as const,
};

export function usePlanIndicatorStatus(planCode: string, asOf: string | null) {
  return useQuery({
    queryKey: indicatorQueryKeys.status(planCode, asOf),
    queryFn: ({ signal }) => apiGet<PlanIndicatorStatus>(`${API}/plans/${segment(planCode)}/indicators/status`, { asOf }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useIndicatorDetail(planCode: string, code: string, asOf: string | null) {
  return useQuery({
    queryKey: indicatorQueryKeys.detail(planCode, code, asOf),
    queryFn: ({ signal }) => apiGet<IndicatorDetail>(`${API}/plans/${segment(planCode)}/indicators/${segment(code)}`, { asOf }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useIndicatorContributions(planCode: string, code: string, by: 'branch' | 'region', asOf: string | null) {
  return useQuery({
    queryKey: indicatorQueryKeys.contributions(planCode, code, by, asOf),
    queryFn: ({ signal }) =>
      apiGet<IndicatorContributions>(`${API}/plans/${segment(planCode)}/indicators/${segment(code)}/contributions`, { by, asOf }, signal),
    placeholderData: keepPreviousData,
  });
}
