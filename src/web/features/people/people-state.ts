// The people page as data: who may see it, the list filters (read from the address, sent to the API), the add and edit form with its checks
// (each problem tied to its field), the changes an edit sends, and what a failed save means (a 409
// on an edit is someone else's change: the page stops and offers to reload, never overwrites).
import type { User } from '../../../contracts/api/auth';
import { ROLES, type Role } from '../../../core/access/roles';
import type { Abilities } from '../../api/session';
import { ApiError } from '../../api/client';

/** The ability that shows the nav link and opens the page (the server checks user.manage anyway). */
export const PEOPLE_ABILITY = 'canManageUsers' satisfies keyof Abilities;

export function canSeePeople(abilities: Abilities): boolean {
  return abilities[PEOPLE_ABILITY];
}

export const PERSON_ROLES: readonly Role[] = ROLES;

/** The list's filters as they stand in the address (?q=&organization=&role=&disabled=). */
export interface PeopleFilter {
  q: string;
  organization: string;
  role: Role | '';
  disabled: '' | 'true' | 'false';
}

export const PEOPLE_FILTER_KEYS = ['q', 'organization', 'role', 'disabled'] as const satisfies ReadonlyArray<keyof PeopleFilter>;

/** The filters in the address; a value the API would refuse (an unknown role, a mistyped code) is left out. */
export function readPeopleFilter(params: URLSearchParams): PeopleFilter {
  const q = (params.get('q') ?? '').slice(0, 200);
  const organization = (params.get('organization') ?? '').trim();
  const role = params.get('role') ?? '';
  const disabled = params.get('disabled') ?? '';
  return {
    q,
    organization: /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(organization) && organization.length <= 50 ? organization : '',
    role: (PERSON_ROLES as readonly string[]).includes(role) ? (role as Role) : '',
    disabled: disabled === 'true' || disabled === 'false' ? disabled : '',
  };
}

/** The query GET /api/v1/users is sent: only the filters set (blank text is no filter). */
export function usersQueryOf(filter: PeopleFilter): Partial<Record<keyof PeopleFilter, string>> {
  const query: Partial<Record<keyof PeopleFilter, string>> = {};
  if (filter.q.trim()) query.q = filter.q.trim();
  if (filter.organization) query.organization = filter.organization;
  if (filter.role) query.role = filter.role;
  if (filter.disabled) query.disabled = filter.disabled;
  return query;
}

export function hasPeopleFilter(filter: PeopleFilter): boolean {
  return Object.keys(usersQueryOf(filter)).length > 0;
}

export interface PersonValues {
  email: string;
  name: string;
  organizationCode: string;
  roles: Role[];
  isDisabled: boolean;
}

export type PersonField = 'email' | 'name' | 'organizationCode' | 'roles';
export type PersonProblemCode = 'emailMissing' | 'emailInvalid' | 'emailTaken' | 'nameMissing' | 'organizationMissing' | 'rolesMissing';
export interface PersonProblem {
  field: PersonField;
  code: PersonProblemCode;
}

export function emptyPerson(): PersonValues {
  return { email: '', name: '', organizationCode: '', roles: [], isDisabled: false };
}

export function personOf(user: User): PersonValues {
  return { email: user.email, name: user.name, organizationCode: user.organizationCode, roles: [...user.roles], isDisabled: user.isDisabled };
}

/** Roles in the contract's order, with `role` switched on or off. */
export function withRole(roles: readonly Role[], role: Role, isOn: boolean): Role[] {
  return PERSON_ROLES.filter((r) => (r === role ? isOn : roles.includes(r)));
}

/** The problems the server would refuse, in the order of the fields; the e-mail only when adding. */
export function checkPerson(values: PersonValues, mode: 'create' | 'edit'): PersonProblem[] {
  const problems: PersonProblem[] = [];
  if (mode === 'create') {
    const email = values.email.trim();
    if (!email) problems.push({ field: 'email', code: 'emailMissing' });
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problems.push({ field: 'email', code: 'emailInvalid' });
  }
  if (!values.name.trim()) problems.push({ field: 'name', code: 'nameMissing' });
  if (!values.organizationCode) problems.push({ field: 'organizationCode', code: 'organizationMissing' });
  if (values.roles.length === 0) problems.push({ field: 'roles', code: 'rolesMissing' });
  return problems;
}

/** What an edit sends: only the fields that differ from the user as loaded. */
export function changesOf(user: User, values: PersonValues): { name?: string; organizationCode?: string; roles?: Role[]; isDisabled?: boolean } {
  const changes: { name?: string; organizationCode?: string; roles?: Role[]; isDisabled?: boolean } = {};
  const name = values.name.trim();
  if (name !== user.name) changes.name = name;
  if (values.organizationCode !== user.organizationCode) changes.organizationCode = values.organizationCode;
  const roles = PERSON_ROLES.filter((r) => values.roles.includes(r));
  if (roles.join() !== PERSON_ROLES.filter((r) => user.roles.includes(r)).join()) changes.roles = roles;
  if (values.isDisabled !== user.isDisabled) changes.isDisabled = values.isDisabled;
  return changes;
}

export type SaveFailure = { kind: 'conflict' } | { kind: 'field'; problem: PersonProblem } | { kind: 'other'; error: unknown };

/**
 * What a failed save means. A 409 on an edit: the user changed since it was loaded (the only
 * conflict PATCH answers); on an add: the e-mail address is taken, told at the field.
 */
export function saveFailureOf(error: unknown, mode: 'create' | 'edit'): SaveFailure {
  if (error instanceof ApiError && error.status === 409) {
    return mode === 'edit' ? { kind: 'conflict' } : { kind: 'field', problem: { field: 'email', code: 'emailTaken' } };
  }
  return { kind: 'other', error };
}
