// TanStack Query hooks of the workspace: obligations, reports and their changes, the review queue,
// the audit trail, and the public progress of a measure (the plan dashboards' are in
// plan-dashboard-queries.ts).
import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { AuditEntryView, AuditVerificationView } from '../../contracts/api/audit';
import type { ListEnvelope } from '../../contracts/api/common';
import type { MeasureProgress, Obligation } from '../../contracts/api/obligations';
import type { Report, ReportSummary } from '../../contracts/api/reports';
import type { ObligationStatus } from '../../core/obligations/obligation-status';
import { apiGet, apiRequest } from './client';
import { forgetEndedSession } from './session';

const API = '/api/v1';
const segment = encodeURIComponent;

export interface ObligationFilters {
  organization?: string;
  status?: ObligationStatus;
  dueAfter?: string;
  dueBefore?: string;
  plan?: string;
  measure?: number;
  limit: number;
  offset: number;
}

export interface AuditFilters {
  entity?: string;
  actor?: number;
  action?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export type ReportEdit = Partial<Pick<Report, 'text' | 'declaredStatus' | 'percentDone'>>;

export const workspaceKeys = {
  obligations: (filters: ObligationFilters) => ['obligations', filters] as const,
  organizationObligations: (code: string, view: 'overdue' | 'due-soon', days: number) => ['obligations', 'organization', code, view, days] as const,
  obligation: (id: number) => ['obligation', id] as const,
  report: (id: number) => ['reports', id] as const,
  reviewQueue: (limit: number, offset: number) => ['review-queue', limit, offset] as const,
  audit: (filters: AuditFilters) => ['audit', filters] as const,
  measureProgress: (id: number) => ['measure-progress', id] as const,
};

export function useObligations(filters: ObligationFilters, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: workspaceKeys.obligations(filters),
    queryFn: ({ signal }) => apiGet<ListEnvelope<Obligation>>(`${API}/obligations`, { ...filters }, signal),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/** How many of the organisation's obligations are overdue or due within `days`: the total of a one-item page. */
export function useOrganizationObligationCount(code: string | undefined, view: 'overdue' | 'due-soon', days = 14) {
  return useQuery({
    queryKey: workspaceKeys.organizationObligations(code ?? '', view, days),
    queryFn: ({ signal }) =>
      apiGet<ListEnvelope<Obligation>>(`${API}/organizations/${segment(code ?? '')}/obligations`, { view, days, limit: 1 }, signal),
    enabled: Boolean(code),
    select: (page) => page.total,
  });
}

export function useObligation(id: number) {
  return useQuery({
    queryKey: workspaceKeys.obligation(id),
    queryFn: ({ signal }) => apiGet<Obligation>(`${API}/obligations/${id}`, undefined, signal),
  });
}

export function useReport(id: number | null | undefined) {
  return useQuery({
    queryKey: workspaceKeys.report(id ?? 0),
    queryFn: ({ signal }) => apiGet<Report>(`${API}/reports/${id ?? 0}`, undefined, signal),
    enabled: Boolean(id),
    // A report is edited by several people: show the latest when coming back to it.
    staleTime: 0,
  });
}

export function useReviewQueue(limit: number, offset: number) {
  return useQuery({
    queryKey: workspaceKeys.reviewQueue(limit, offset),
    queryFn: ({ signal }) => apiGet<ListEnvelope<ReportSummary>>(`${API}/review-queue`, { limit, offset }, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useAudit(filters: AuditFilters) {
  return useQuery({
    queryKey: workspaceKeys.audit(filters),
    queryFn: ({ signal }) => apiGet<ListEnvelope<AuditEntryView>>(`${API}/audit`, { ...filters }, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** Walks the audit hash chain on demand (it reads every row: not on page load). */
export function useVerifyAudit() {
  return useMutation({
    mutationFn: () => apiGet<AuditVerificationView>(`${API}/audit/verify`),
  });
}

export function useMeasureProgress(measureId: number) {
  return useQuery({
    queryKey: workspaceKeys.measureProgress(measureId),
    queryFn: ({ signal }) => apiGet<MeasureProgress>(`${API}/measures/${measureId}/progress`, undefined, signal),
  });
}

/** After any change to a report: the report itself from the answer, and every list that shows it. */
function reportChanged(queryClient: QueryClient, report: Report): Promise<unknown> {
  queryClient.setQueryData(workspaceKeys.report(report.id), report);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ['obligations'] }),
    queryClient.invalidateQueries({ queryKey: workspaceKeys.obligation(report.obligation.id) }),
    queryClient.invalidateQueries({ queryKey: ['review-queue'] }),
    queryClient.invalidateQueries({ queryKey: ['performance'] }),
    queryClient.invalidateQueries({ queryKey: ['measure-progress'] }),
  ]);
}

function useReportMutation<Variables>(request: (variables: Variables) => Promise<Report>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (report) => reportChanged(queryClient, report),
    onError: (error) => forgetEndedSession(queryClient, error),
  });
}

export function useCreateReport() {
  return useReportMutation((obligationId: number) =>
    apiRequest<Report>(`${API}/obligations/${obligationId}/reports`, { method: 'POST', body: {} }),
  );
}

export function useUpdateReport() {
  return useReportMutation(({ id, version, edit }: { id: number; version: number; edit: ReportEdit }) =>
    apiRequest<Report>(`${API}/reports/${id}`, { method: 'PATCH', body: edit, ifMatch: version }),
  );
}

export function useUploadEvidence() {
  return useReportMutation(({ reportId, file }: { reportId: number; file: File }) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return apiRequest<Report>(`${API}/reports/${reportId}/evidence`, { method: 'POST', body: form });
  });
}

export function useRemoveEvidence() {
  return useReportMutation((evidenceId: number) => apiRequest<Report>(`${API}/evidence/${evidenceId}`, { method: 'DELETE' }));
}

export function useSubmitReport() {
  return useReportMutation(({ id, version }: { id: number; version: number }) =>
    apiRequest<Report>(`${API}/reports/${id}/submit`, { method: 'POST', body: {}, ifMatch: version }),
  );
}

export function useAcceptReport() {
  return useReportMutation(({ id, version, comment }: { id: number; version: number; comment?: string }) =>
    apiRequest<Report>(`${API}/reports/${id}/accept`, { method: 'POST', body: comment ? { comment } : {}, ifMatch: version }),
  );
}

export function useReturnReport() {
  return useReportMutation(({ id, version, comment }: { id: number; version: number; comment: string }) =>
    apiRequest<Report>(`${API}/reports/${id}/return`, { method: 'POST', body: { comment }, ifMatch: version }),
  );
}

export function useSaveContribution() {
  return useReportMutation(({ id, version, text }: { id: number; version: number | null; text: string }) =>
    apiRequest<Report>(`${API}/reports/${id}/contribution`, { method: 'PUT', body: { text }, ...(version === null ? {} : { ifMatch: version }) }),
  );
}

export function useBulkAccept() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reports: ReadonlyArray<{ id: number; version: number }>) =>
      apiRequest<{ accepted: ReportSummary[] }>(`${API}/reports/accept`, {
        method: 'POST',
        body: { ids: reports.map((r) => r.id), versions: Object.fromEntries(reports.map((r) => [String(r.id), r.version])) },
      }),
    onSuccess: (_result, reports) =>
      Promise.all([
        ...reports.map((r) => queryClient.invalidateQueries({ queryKey: workspaceKeys.report(r.id) })),
        queryClient.invalidateQueries({ queryKey: ['review-queue'] }),
        queryClient.invalidateQueries({ queryKey: ['obligations'] }),
        queryClient.invalidateQueries({ queryKey: ['measure-progress'] }),
      ]),
    onError: (error) => forgetEndedSession(queryClient, error),
  });
}
