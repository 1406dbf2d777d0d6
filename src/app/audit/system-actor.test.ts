import { describe, expect, it } from 'vitest';
import { describeSystemActor, SYSTEM_ACTOR_MAX_LENGTH } from './system-actor';

describe('the label of changes no user made', () => {
  it('names the command and the account', () => {
    expect(describeSystemActor('user add', 'root@plan-server')).toBe('zhospar user add (root@plan-server)');
    expect(describeSystemActor(undefined, 'zhospar@app-2')).toBe('zhospar (zhospar@app-2)');
  });

  it('stays within the audit trail\u2019s limit whatever the host name', () => {
    const label = describeSystemActor('obligations refresh', `root@${'h'.repeat(400)}`);
    expect(label).toHaveLength(SYSTEM_ACTOR_MAX_LENGTH);
    expect(label.startsWith('zhospar obligations refresh (root@hhh')).toBe(true);
    expect(label.endsWith('…')).toBe(true);
  });
});
