// The iCalendar feed of an organisation's obligations (lead or co-executor): one all-day event per
// obligation on its due date. Calendar programs cannot send headers, so the personal API token
// comes in the URL; it must belong to a member of the organisation, a coordinator or an admin.
import type pg from 'pg';
import type { Actor } from '../../core/access/actor';
import { buildICalendar, type CalendarEvent } from '../../core/calendar/icalendar';
import { canSubscribeToOrganizationFeed } from '../../core/obligations/organization-policy';
import type { ObligationStatus } from '../../core/obligations/obligation-status';
import { canSeeInternal } from '../../core/obligations/report-policy';
import { pickLanguage, type Language } from '../../contracts/localized';
import { hasPermission } from '../../core/access/actor';
import { listObligations } from '../../db/repositories/obligations';
import { findOrganizationByCode } from '../../db/repositories/organization-stats';
import { WorkflowError } from './workflow-error';

const WORDS: Record<Language, { measure: string; feed: string; due: string; moved: string; assumed: string; status: Record<ObligationStatus, string> }> = {
  ru: {
    measure: 'Мероприятие',
    feed: 'обязательства',
    due: 'Срок',
    moved: 'перенесён с',
    assumed: 'дата не указана в сроке, принят последний день периода',
    status: { not_started: 'не начато', in_progress: 'в работе', completed: 'выполнено', completed_late: 'выполнено с опозданием', overdue: 'просрочено', cancelled: 'отменено' },
  },
  kk: {
    measure: 'Іс-шара',
    feed: 'міндеттемелер',
    due: 'Мерзімі',
    moved: 'ауыстырылды, бастапқы күні',
    assumed: 'мерзімде күн көрсетілмеген, кезеңнің соңғы күні алынды',
    status: { not_started: 'басталмаған', in_progress: 'орындалуда', completed: 'орындалды', completed_late: 'кешігіп орындалды', overdue: 'мерзімі өтті', cancelled: 'болдырылмады' },
  },
  en: {
    measure: 'Measure',
    feed: 'obligations',
    due: 'Due',
    moved: 'moved from',
    assumed: 'the deadline names no date; the last day of the period is assumed',
    status: { not_started: 'not started', in_progress: 'in progress', completed: 'completed', completed_late: 'completed late', overdue: 'overdue', cancelled: 'cancelled' },
  },
};

const MAX_EVENTS = 5_000;

export async function buildOrganizationFeed(pool: pg.Pool, actor: Actor | null, code: string, language: Language, baseUrl: string): Promise<string> {
  const found = await findOrganizationByCode(pool, code);
  if (!found) throw new WorkflowError('not_found', `There is no organisation with the code "${code}".`);
  if (!canSubscribeToOrganizationFeed(actor, found.id)) {
    throw new WorkflowError('forbidden', "This token's user may not follow this organisation's calendar: use a token of one of its members, a coordinator or an admin.");
  }
  const viewer = { canReadInternal: hasPermission(actor, 'plan.read_internal'), organizationId: actor?.organizationId ?? null };
  const { items } = await listObligations(pool, { organizationId: found.id, executorRole: 'any', viewer, limit: MAX_EVENTS, offset: 0 });
  const words = WORDS[language];
  const events: CalendarEvent[] = items.map((o) => {
    const name = pickLanguage(o.measureNames, language)?.text ?? '';
    const status = canSeeInternal(actor, o) ? o.status : o.publicStatus;
    const lines = [
      `${words.measure} ${o.measureNumber} (${o.planCode}), ${o.period}: ${name}`,
      `${words.due}: ${o.due}${o.due !== o.nominalDue ? ` (${words.moved} ${o.nominalDue})` : ''}`,
      ...(o.dueDateAssumed ? [words.assumed] : []),
      `${o.leadOrganization.code}: ${words.status[status]}`,
      o.deadlineText,
    ];
    return {
      uid: `obligation-${o.id}.${o.planCode}@zhospar`,
      date: o.due,
      summary: `${words.measure} ${o.measureNumber}, ${o.period}: ${name}`,
      description: lines.join('\n'),
      url: `${baseUrl}/api/v1/obligations/${o.id}`,
      categories: [o.planCode, status],
      isCancelled: o.isCancelled,
      changedAt: o.updatedAt.toISOString(),
      sequence: o.version,
    };
  });
  const orgName = pickLanguage(found.organization.shortNames, language)?.text ?? found.organization.code;
  return buildICalendar({
    productId: '-//Zhospar//Obligations//EN',
    name: `${orgName}: ${words.feed}`,
    description: `${found.organization.code}: ${words.feed}`,
    refreshInterval: 'PT6H',
    events,
  });
}
