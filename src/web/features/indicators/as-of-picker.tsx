// Chooses the date the data are shown as known on; applying it reloads the figures with ?asOf.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useIndicatorText } from './indicator-i18n';
import { useAsOf } from './use-as-of';

export function AsOfPicker({ shownAsOf }: { shownAsOf: string | null }) {
  const { it } = useIndicatorText();
  const { asOf, setAsOf } = useAsOf();
  const [value, setValue] = useState(asOf ?? shownAsOf ?? '');
  const inputId = useId();
  const hintId = useId();
  useEffect(() => setValue(asOf ?? shownAsOf ?? ''), [asOf, shownAsOf]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAsOf(value || null);
  };

  return (
    <form className="as-of-picker" onSubmit={submit} role="search">
      <label htmlFor={inputId}>{it('indicators.asOf.label')}</label>
      <input id={inputId} type="date" value={value} onChange={(event) => setValue(event.target.value)} aria-describedby={hintId} />
      <button type="submit" className="button">
        {it('indicators.asOf.apply')}
      </button>
      {asOf && (
        <button type="button" className="button button-secondary" onClick={() => setAsOf(null)}>
          {it('indicators.asOf.today')}
        </button>
      )}
      <p id={hintId} className="muted as-of-hint">
        {it('indicators.asOf.hint')}
      </p>
    </form>
  );
}
