// TanStack Query hooks of the input-output page, typed with the contracts' response types.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '../../../contracts/api/auth';
import type { ListEnvelope } from '../../../contracts/api/common';
import type {
  ClaimVerdictResponse,
  IoImpactReport,
  IoImpactRequest,
  IoMultipliers,
  IoTableDetail,
  IoTableSummary,
} from '../../../contracts/api/input-output';
import { ApiError, apiGet } from '../../api/client';
import { sendIoRequest } from './io-api';

const API = '/api/v1/io-tables';
const segment = encodeURIComponent;

export const ioQueryKeys = {
  all: () => ['io-tables'] as const,
  table: (code: string) => ['io-tables', code] as const,
  multipliers: (code: string) => ['io-tables', code, 'multipliers'] as const,
  claim: (code: string, group: readonly string[]) => ['io-tables', code, 'claim-check', group] as const,
  session: () => ['auth', 'me'] as const,
};

export function useIoTables() {
  return useQuery({
    queryKey: ioQueryKeys.all(),
    queryFn: ({ signal }) => apiGet<ListEnvelope<IoTableSummary>>(API, undefined, signal),
  });
}

export function useIoTable(code: string | undefined) {
  return useQuery({
    queryKey: ioQueryKeys.table(code ?? ''),
    queryFn: ({ signal }) => apiGet<IoTableDetail>(`${API}/${segment(code ?? '')}`, undefined, signal),
    enabled: Boolean(code),
  });
}

export function useIoMultipliers(code: string) {
  return useQuery({
    queryKey: ioQueryKeys.multipliers(code),
    queryFn: ({ signal }) => apiGet<IoMultipliers>(`${API}/${segment(code)}/multipliers`, undefined, signal),
  });
}

/** Waits while no product is chosen; keeps the last verdict on screen while the next one loads. */
export function useClaimCheck(code: string, group: readonly string[]) {
  return useQuery({
    queryKey: ioQueryKeys.claim(code, group),
    queryFn: ({ signal }) => apiGet<ClaimVerdictResponse>(`${API}/${segment(code)}/claim-check`, { group: group.join(',') }, signal),
    enabled: group.length > 0,
    placeholderData: keepPreviousData,
  });
}

/** The signed-in user's abilities and CSRF token; null for the public (401), never an error. */
export function useSessionInfo() {
  return useQuery({
    queryKey: ioQueryKeys.session(),
    queryFn: async ({ signal }) => {
      try {
        return await apiGet<SessionInfo>('/api/v1/auth/me', undefined, signal);
      } catch (error) {
        if (error instanceof ApiError && error.status >= 400 && error.status < 500) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
    retry: false,
  });
}

export function useImpact(code: string) {
  const csrfToken = useSessionInfo().data?.csrfToken;
  return useMutation({
    mutationFn: (request: IoImpactRequest) =>
      sendIoRequest<IoImpactReport>(`${API}/${segment(code)}/impact`, { method: 'POST', json: request, csrfToken }),
  });
}

export function useUploadIoTable() {
  const queryClient = useQueryClient();
  const csrfToken = useSessionInfo().data?.csrfToken;
  return useMutation({
    mutationFn: (form: FormData) => sendIoRequest<IoTableSummary>(API, { method: 'POST', form, csrfToken }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ioQueryKeys.all() }),
  });
}

export function useDeleteIoTable() {
  const queryClient = useQueryClient();
  const csrfToken = useSessionInfo().data?.csrfToken;
  return useMutation({
    mutationFn: (code: string) => sendIoRequest<void>(`${API}/${segment(code)}`, { method: 'DELETE', csrfToken }),
    onSuccess: (_result, code) => {
      queryClient.removeQueries({ queryKey: ioQueryKeys.table(code) });
      return queryClient.invalidateQueries({ queryKey: ioQueryKeys.all(), exact: true });
    },
  });
}
