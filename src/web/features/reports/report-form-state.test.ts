import { describe, expect, it } from 'vitest';
import { changedFields, parsePercent, reconcile, type EditableFields } from './report-form-state';

const fields = (text: string, percentDone = 10): EditableFields => ({ text, declaredStatus: 'in_progress', percentDone });
const base = { fields: fields('first'), version: 3 };

describe('report editor reconciliation', () => {
  it('does nothing while the version is the one the form is based on', () => {
    expect(reconcile(base, fields('edited'), { ...fields('first'), version: 3 })).toEqual({ kind: 'same' });
  });

  it('keeps the edits when only the version moved (an evidence file was added)', () => {
    expect(reconcile(base, fields('edited'), { ...fields('first'), version: 4 })).toEqual({ kind: 'rebase', base: { fields: fields('first'), version: 4 } });
  });

  it('takes our own save back as the new base', () => {
    expect(reconcile(base, fields('edited'), { ...fields('edited'), version: 4 })).toEqual({ kind: 'saved', base: { fields: fields('edited'), version: 4 } });
  });

  it("shows another person's change when the form has no edits", () => {
    expect(reconcile(base, fields('first'), { ...fields('theirs'), version: 4 })).toEqual({ kind: 'reset', base: { fields: fields('theirs'), version: 4 } });
  });

  it("refuses to overwrite another person's change when the form has edits", () => {
    expect(reconcile(base, fields('mine'), { ...fields('theirs'), version: 4 })).toEqual({ kind: 'conflict' });
    expect(reconcile(base, fields('mine'), { ...fields('first', 50), version: 4 })).toEqual({ kind: 'conflict' });
  });

  it('sends only the changed fields', () => {
    expect(changedFields(fields('a'), fields('a'))).toBeNull();
    expect(changedFields(fields('a'), fields('b', 20))).toEqual({ text: 'b', percentDone: 20 });
  });

  it('reads percentages 0-100 only', () => {
    expect(parsePercent(' 45 ')).toBe(45);
    expect(parsePercent('100')).toBe(100);
    expect(parsePercent('101')).toBeNull();
    expect(parsePercent('4.5')).toBeNull();
    expect(parsePercent('')).toBeNull();
  });
});
