// TanStack Query hooks of the people page: a page of users (filtered by the server), adding one (the
// generated password comes back once), changing one (sent with the version it was based on, as
// If-Match) and resetting one's password (a generated one, back once).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createdUserSchema, generatedPasswordSchema, User } from '../../../contracts/api/auth';
import type { ListEnvelope } from '../../../contracts/api/common';
import type { Role } from '../../../core/access/roles';
import { apiGet, apiRequest } from '../../api/client';
import { forgetEndedSession } from '../../api/session';
import { usersQueryOf, type PeopleFilter } from './people-state';

export type CreatedUser = z.infer<typeof createdUserSchema>;
export type GeneratedPassword = z.infer<typeof generatedPasswordSchema>;

const API = '/api/v1';

/** Users per page: the API lists them by e-mail, at most 500 a request. */
export const PEOPLE_PAGE_SIZE = 100;

export const peopleKeys = {
  all: ['people'] as const,
  page: (filter: PeopleFilter, offset: number) => ['people', 'page', usersQueryOf(filter), offset] as const,
};

/** A page of the users matching the filter; the server filters, so `total` counts every match. */
export function useUsers(filter: PeopleFilter, offset: number) {
  return useQuery({
    queryKey: peopleKeys.page(filter, offset),
    queryFn: ({ signal }) => apiGet<ListEnvelope<User>>(`${API}/users`, { ...usersQueryOf(filter), limit: PEOPLE_PAGE_SIZE, offset }, signal),
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

/** Resets a user's password to a generated one, returned once; their sessions end on the server. */
export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiRequest<GeneratedPassword>(`${API}/users/${id}/password`, { method: 'POST', body: {} }),
    // The reset bumps the user's version: an edit opened next must send the new one.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKeys.all }),
    onError: (error) => forgetEndedSession(queryClient, error),
  });
}
