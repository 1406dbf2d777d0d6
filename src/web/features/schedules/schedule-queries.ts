// TanStack Query hooks of the schedule pages: a plan's schedules work list, one measure's schedule
// and the manual schedule change (sent with the version it was based on, as If-Match).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { measureScheduleSchema } from '../../../contracts/api/obligations';
import type { PlanSchedules } from '../../../contracts/api/plan-schedules';
import type { z } from 'zod';
import { apiGet, apiRequest } from '../../api/client';
import { forgetEndedSession } from '../../api/session';

export type MeasureSchedule = z.infer<typeof measureScheduleSchema>;

const API = '/api/v1';
const segment = encodeURIComponent;

export const scheduleKeys = {
  plan: (planCode: string) => ['schedules', 'plan', planCode] as const,
  measure: (measureId: number) => ['schedules', 'measure', measureId] as const,
};

export function usePlanSchedules(planCode: string) {
  return useQuery({
    queryKey: scheduleKeys.plan(planCode),
    queryFn: ({ signal }) => apiGet<PlanSchedules>(`${API}/plans/${segment(planCode)}/schedules`, undefined, signal),
    // Coordinators work through this list together: show the latest when coming back to it.
    staleTime: 0,
  });
}

export function useMeasureSchedule(measureId: number) {
  return useQuery({
    queryKey: scheduleKeys.measure(measureId),
    queryFn: ({ signal }) => apiGet<MeasureSchedule>(`${API}/measures/${measureId}/schedule`, undefined, signal),
    staleTime: 0,
  });
}

export interface ManualScheduleChange {
  measureId: number;
  version: number;
  occurrences: Array<{ period?: string; due: string }>;
  note?: string;
}

export function useSetManualSchedule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ measureId, version, occurrences, note }: ManualScheduleChange) =>
      apiRequest<MeasureSchedule>(`${API}/measures/${measureId}/schedule`, { method: 'POST', body: note ? { occurrences, note } : { occurrences }, ifMatch: version }),
    onSuccess: (schedule) => {
      queryClient.setQueryData(scheduleKeys.measure(schedule.measureId), schedule);
      // The work list, the obligation lists and dashboards, and the public progress all change with it.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['schedules', 'plan'] }),
        queryClient.invalidateQueries({ queryKey: ['obligations'] }),
        queryClient.invalidateQueries({ queryKey: ['measure-progress'] }),
        queryClient.invalidateQueries({ queryKey: ['performance'] }),
      ]);
    },
    onError: (error) => forgetEndedSession(queryClient, error),
  });
}
