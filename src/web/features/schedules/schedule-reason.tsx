// Why the deadline parser did not read a text: the reason in the reader's language, then the
// parser's own explanation (written in English, and marked as such for screen readers).
import { UNRECOGNISED_REASONS } from '../../../core/schedule/schedule';
import { LocalizedText } from '../../components/localized-text';
import { useScheduleText, type ScheduleTextKey } from './schedules-i18n';

const KNOWN_REASONS: ReadonlySet<string> = new Set(UNRECOGNISED_REASONS);

export function ReasonText({ reason, message }: { reason: string | null; message: string | null }) {
  const { st } = useScheduleText();
  if (reason === null) return null;
  return (
    <>
      <span className="schedule-reason">{KNOWN_REASONS.has(reason) ? st(`schedules.reasons.${reason}` as ScheduleTextKey) : reason}</span>
      {message && (
        <span className="schedule-message muted small">
          {' '}
          <LocalizedText text={{ en: message }} />
        </span>
      )}
    </>
  );
}
