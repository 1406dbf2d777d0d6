// The signed-in user, their abilities and the session's CSRF token: one query (GET /api/v1/auth/me,
// null for the public) that the header, the guards and every workspace page read. Signing in or
// out replaces it and refetches everything else, because what the server shows depends on who asks.
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '../../contracts/api/auth';
import { ApiError, apiGet, apiRequest, setCsrfToken } from './client';

export type Abilities = SessionInfo['abilities'];

export const sessionQueryKey = ['auth', 'me'] as const;

const NO_ABILITIES: Abilities = {
  canReadInternal: false,
  canEditPlan: false,
  canWriteReports: false,
  canReviewReports: false,
  canReadAudit: false,
  canManageUsers: false,
  canManageCalendar: false,
  canImportStatistics: false,
};

async function fetchSession(signal?: AbortSignal): Promise<SessionInfo | null> {
  try {
    const info = await apiGet<SessionInfo>('/api/v1/auth/me', undefined, signal);
    setCsrfToken(info.csrfToken);
    return info;
  } catch (error) {
    // 401: the public. The portal works the same for them; it is not an error.
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** `data` is the session, null for the public, undefined while loading. */
export function useSession() {
  return useQuery({
    queryKey: sessionQueryKey,
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: 5 * 60_000,
    // Coming back to the tab after the session ended should show the public view, not stale buttons.
    refetchOnWindowFocus: true,
    retry: 1,
  });
}

/** What the server allows the current user (all false for the public and while loading). */
export function useAbilities(): Abilities {
  return useSession().data?.abilities ?? NO_ABILITIES;
}

/** Every other query is refetched: lists and reports look different to another user. */
function resetOtherQueries(queryClient: QueryClient): Promise<void> {
  return queryClient.resetQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { email: string; password: string }) =>
      apiRequest<SessionInfo>('/api/v1/auth/sign-in', { method: 'POST', body: credentials }),
    onSuccess: async (info) => {
      setCsrfToken(info.csrfToken);
      queryClient.setQueryData(sessionQueryKey, info);
      await resetOtherQueries(queryClient);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<void>('/api/v1/auth/sign-out', { method: 'POST' }),
    // Signed out locally even when the request failed: the cookie may already have ended.
    onSettled: async () => {
      setCsrfToken(null);
      queryClient.setQueryData(sessionQueryKey, null);
      await resetOtherQueries(queryClient);
    },
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      apiRequest<void>('/api/v1/auth/password', { method: 'POST', body }),
  });
}

/**
 * A change answered 401 means the session ended (expired, or signed out in another tab). The page
 * stays as it is, so that unsaved text is not lost to a redirect (the error says to sign in again);
 * the session is marked stale and read again when the reader comes back to the tab.
 */
export function forgetEndedSession(queryClient: QueryClient, error: unknown): void {
  if (error instanceof ApiError && error.status === 401) {
    void queryClient.invalidateQueries({ queryKey: sessionQueryKey, refetchType: 'none' });
  }
}
