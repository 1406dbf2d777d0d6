// The report editor's bookkeeping, kept pure: which server version the form is based on, and what
// to do when the report in hand changes (our own save or upload coming back, a refetch, or another
// person's change). The rule: never silently overwrite what someone else wrote.
import type { DeclaredStatus } from '../../../core/obligations/obligation-status';

export interface EditableFields {
  text: string;
  declaredStatus: DeclaredStatus;
  percentDone: number;
}

export interface EditorBase {
  fields: EditableFields;
  version: number;
}

export type Reconciliation =
  /** Nothing to do. */
  | { kind: 'same' }
  /** The server moved on without touching the fields (an evidence file came or went): keep editing. */
  | { kind: 'rebase'; base: EditorBase }
  /** The server now holds what the form holds (our own save came back): the form is clean again. */
  | { kind: 'saved'; base: EditorBase }
  /** The fields changed elsewhere while the form had no edits: show the new values. */
  | { kind: 'reset'; base: EditorBase }
  /** The fields changed elsewhere while the form had edits: stop and ask to reload. */
  | { kind: 'conflict' };

export function fieldsOf(report: EditableFields): EditableFields {
  return { text: report.text, declaredStatus: report.declaredStatus, percentDone: report.percentDone };
}

export function sameFields(a: EditableFields, b: EditableFields): boolean {
  return a.text === b.text && a.declaredStatus === b.declaredStatus && a.percentDone === b.percentDone;
}

export function reconcile(base: EditorBase, draft: EditableFields, server: EditableFields & { version: number }): Reconciliation {
  if (server.version === base.version) return { kind: 'same' };
  const next = { fields: fieldsOf(server), version: server.version };
  if (sameFields(server, base.fields)) return { kind: 'rebase', base: { fields: base.fields, version: server.version } };
  if (sameFields(server, draft)) return { kind: 'saved', base: next };
  if (sameFields(draft, base.fields)) return { kind: 'reset', base: next };
  return { kind: 'conflict' };
}

/** The changed fields only (a PATCH body); null when nothing changed. */
export function changedFields(base: EditableFields, draft: EditableFields): Partial<EditableFields> | null {
  const edit: Partial<EditableFields> = {};
  if (draft.text !== base.text) edit.text = draft.text;
  if (draft.declaredStatus !== base.declaredStatus) edit.declaredStatus = draft.declaredStatus;
  if (draft.percentDone !== base.percentDone) edit.percentDone = draft.percentDone;
  return Object.keys(edit).length ? edit : null;
}

/** A whole number 0-100 typed by a person ("45", " 45 "), else null. */
export function parsePercent(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= 100 ? value : null;
}
