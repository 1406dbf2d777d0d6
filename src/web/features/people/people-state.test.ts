import { describe, expect, it } from 'vitest';
import type { User } from '../../../contracts/api/auth';
import type { Actor } from '../../../core/access/actor';
import { abilitiesOf } from '../../../core/access/abilities';
import { ROLES, type Role } from '../../../core/access/roles';
import { ApiError } from '../../api/client';
import { canSeePeople, changesOf, checkPerson, emptyPerson, hasPeopleFilter, PEOPLE_ABILITY, personOf, readPeopleFilter, saveFailureOf, usersQueryOf, withRole } from './people-state';

function user(overrides: Partial<User> = {}): User {
  return {
    id: 7,
    email: 'aigerim@example.kz',
    name: 'Aigerim Seitkali',
    organizationCode: 'MIC',
    roles: ['executor'],
    isDisabled: false,
    lockedUntil: null,
    createdAt: '2026-01-10T08:00:00Z',
    version: 3,
    ...overrides,
  };
}

function actorWith(roles: Role[]): Actor {
  return { userId: 1, email: 'a@example.kz', name: 'A', organizationId: 1, organizationCode: 'MIC', roles, via: 'session' };
}

describe('who sees the people page', () => {
  it('is exactly those the server lets manage users: admins, no other role, not the public', () => {
    expect(PEOPLE_ABILITY).toBe('canManageUsers');
    const allowed = ROLES.filter((role) => canSeePeople(abilitiesOf(actorWith([role]))));
    expect(allowed).toEqual(['admin']);
    expect(canSeePeople(abilitiesOf(null))).toBe(false);
    expect(canSeePeople(abilitiesOf(actorWith(['coordinator', 'reviewer', 'viewer', 'executor'])))).toBe(false);
    expect(canSeePeople(abilitiesOf(actorWith(['viewer', 'admin'])))).toBe(true);
  });
});

describe('saveFailureOf', () => {
  const conflict = new ApiError(409, { type: 'about:blank', title: 'Conflict', status: 409, detail: 'The user was changed by someone else (now version 4, you sent 3). Reload and try again.' });

  it('takes a 409 on an edit for a change made meanwhile: stop and offer to reload', () => {
    expect(saveFailureOf(conflict, 'edit')).toEqual({ kind: 'conflict' });
  });

  it('takes a 409 on an add for an e-mail address already in use, told at the field', () => {
    expect(saveFailureOf(conflict, 'create')).toEqual({ kind: 'field', problem: { field: 'email', code: 'emailTaken' } });
  });

  it('leaves every other failure to the general error message', () => {
    for (const error of [new ApiError(403, null), new ApiError(400, null), new ApiError(0, null, { isNetworkError: true }), new Error('boom')]) {
      expect(saveFailureOf(error, 'edit')).toEqual({ kind: 'other', error });
      expect(saveFailureOf(error, 'create')).toEqual({ kind: 'other', error });
    }
  });
});

describe('changesOf', () => {
  it('sends only what differs from the user as loaded', () => {
    const loaded = user();
    expect(changesOf(loaded, personOf(loaded))).toEqual({});
    expect(changesOf(loaded, { ...personOf(loaded), name: '  Aigerim Seitkali-Nur ' })).toEqual({ name: 'Aigerim Seitkali-Nur' });
    expect(changesOf(loaded, { ...personOf(loaded), isDisabled: true })).toEqual({ isDisabled: true });
    expect(changesOf(loaded, { ...personOf(loaded), organizationCode: 'MF', roles: ['viewer', 'executor'] })).toEqual({ organizationCode: 'MF', roles: ['executor', 'viewer'] });
  });

  it('does not take roles in another order for a change', () => {
    expect(changesOf(user({ roles: ['viewer', 'admin'] }), { ...personOf(user()), roles: ['admin', 'viewer'] })).toEqual({});
  });
});

describe('checkPerson', () => {
  it('names each missing field, the e-mail only when adding', () => {
    expect(checkPerson(emptyPerson(), 'create').map((p) => [p.field, p.code])).toEqual([
      ['email', 'emailMissing'],
      ['name', 'nameMissing'],
      ['organizationCode', 'organizationMissing'],
      ['roles', 'rolesMissing'],
    ]);
    expect(checkPerson({ ...emptyPerson(), email: 'not an address' }, 'create')[0]).toEqual({ field: 'email', code: 'emailInvalid' });
    expect(checkPerson({ ...personOf(user()), email: '' }, 'edit')).toEqual([]);
    expect(checkPerson({ ...personOf(user()), roles: [] }, 'edit')).toEqual([{ field: 'roles', code: 'rolesMissing' }]);
  });
});

describe('withRole', () => {
  it('switches a role on or off, keeping the contract order', () => {
    expect(withRole(['viewer'], 'admin', true)).toEqual(['admin', 'viewer']);
    expect(withRole(['admin', 'viewer'], 'admin', false)).toEqual(['viewer']);
  });
});

describe('the list filters in the address', () => {
  it('reads every filter and sends only those set, the text trimmed', () => {
    const filter = readPeopleFilter(new URLSearchParams('q=%20Ospan%20&organization=MF&role=executor&disabled=false&offset=100'));
    expect(filter).toEqual({ q: ' Ospan ', organization: 'MF', role: 'executor', disabled: 'false' });
    expect(usersQueryOf(filter)).toEqual({ q: 'Ospan', organization: 'MF', role: 'executor', disabled: 'false' });
    expect(hasPeopleFilter(filter)).toBe(true);
  });

  it('leaves out what the API would refuse, and blank text', () => {
    const filter = readPeopleFilter(new URLSearchParams('q=%20%20&organization=%25MF&role=owner&disabled=yes'));
    expect(filter).toEqual({ q: '  ', organization: '', role: '', disabled: '' });
    expect(usersQueryOf(filter)).toEqual({});
    expect(hasPeopleFilter(filter)).toBe(false);
    expect(readPeopleFilter(new URLSearchParams('q=' + 'x'.repeat(300))).q).toHaveLength(200);
  });
});
