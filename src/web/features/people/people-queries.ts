// TanStack Query hooks of the people page: a page of users, adding one (the generated password comes
// back once) and changing one (sent with the version it was based on, as If-Match).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createdUserSchema, User } from '../../../contracts/api/auth';
import type { ListEnvelope } from '../../../contracts/api/common';
import type { Role } from '../../../core/access/roles';
import { apiGet, apiRequest } from '../../api/client';
import { forgetEndedSession } from '../../api/session';

export type CreatedUser = z.infer<typeof createdUserSchema>;

const API = '/api/v1';

/** Users per page: the API lists them by e-mail, at most 500 a request. */
export const PEOPLE_PAGE_SIZE = 100;

export const peopleKeys = {
  all: ['people'] as const,
  page: (offset: number) => ['people', 'page', offset] as const,
};

export function useUsers(offset: number) {
  return useQuery({
    queryKey: peopleKeys.page(offset),
    queryFn: ({ signal }) => apiGet<ListEnvelope<User>>(`${API}/users`, { limit: PEOPLE_PAGE_SIZE, offset }, signal),
    // Admins may work on the same people: show the latest when coming back.
    staleTime: 0,
    placeholderData: (previous) => previous,
  });
}

export interface NewUser {
  email: string;
  name: string;
  organizationCode: string;
  roles: Role[];
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    // No password sent: the server generates one and returns it once.
    mutationFn: (user: NewUser) => apiRequest<CreatedUser>(`${API}/users`, { method: 'POST', body: user }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKeys.all }),
    onError: (error) => forgetEndedSession(queryClient, error),
  });
}

export interface UserChange {
  id: number;
  version: number;
  changes: { name?: string; organizationCode?: string; roles?: Role[]; isDisabled?: boolean };
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, changes }: UserChange) => apiRequest<User>(`${API}/users/${id}`, { method: 'PATCH', body: changes, ifMatch: version }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKeys.all }),
    onError: (error) => forgetEndedSession(queryClient, error),
  });
}
