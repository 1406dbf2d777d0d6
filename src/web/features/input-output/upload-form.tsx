// Importing a table (shown only to users whose abilities include importing statistics). The server
// checks everything; its refusal lists each problem with its cell ("row 5, column "28""), shown
// here as a list, and nothing is stored until the whole file passes.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { useLanguage } from '../../lib/language-context';
import { ioPaths } from './io-paths';
import { useUploadIoTable } from './io-queries';

const TEXT_FIELDS = ['code', 'name', 'year', 'source', 'sourceUrl', 'versionLabel', 'moneyUnit', 'employmentUnit', 'machineBuilding', 'tolerance'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
const REQUIRED: ReadonlySet<TextField> = new Set(['code', 'name', 'year', 'source']);

export function UploadForm() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const upload = useUploadIoTable();
  const baseId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [values, setValues] = useState<Record<TextField, string>>(() => Object.fromEntries(TEXT_FIELDS.map((f) => [f, ''])) as Record<TextField, string>);
  const [kind, setKind] = useState('official');
  const [country, setCountry] = useState('KZ');
  const [missing, setMissing] = useState<string[]>([]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const absent = [...(file ? [] : [t('io.upload.fields.file')]), ...TEXT_FIELDS.filter((f) => REQUIRED.has(f) && values[f].trim() === '').map((f) => t(`io.upload.fields.${f}`))];
    setMissing(absent);
    if (absent.length > 0 || !file) return;
    const form = new FormData();
    form.set('file', file);
    // Empty optional fields are left out: the API reads an absent field as "not given".
    for (const field of TEXT_FIELDS) {
      const value = values[field].trim();
      // The API reads numbers with a decimal point; Kazakh and Russian write a comma.
      if (value !== '') form.set(field, field === 'tolerance' ? value.replace(',', '.') : value);
    }
    form.set('kind', kind);
    if (country) form.set('country', country);
    upload.mutate(form, { onSuccess: (table) => navigate(ioPaths.table(language, table.code)) });
  };

  const input = (field: TextField, props: { type?: string; hint?: string; inputMode?: 'numeric' | 'decimal' } = {}) => {
    const id = `${baseId}-${field}`;
    return (
      <div className="field">
        <label className="field-label" htmlFor={id}>
          {t(`io.upload.fields.${field}`)}
          {!REQUIRED.has(field) && <span className="muted"> {t('io.upload.optional')}</span>}
        </label>
        <input
          id={id}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          required={REQUIRED.has(field)}
          value={values[field]}
          aria-describedby={props.hint ? `${id}-hint` : undefined}
          onChange={(event) => setValues({ ...values, [field]: field === 'code' ? event.target.value.toUpperCase() : event.target.value })}
        />
        {props.hint && (
          <span id={`${id}-hint`} className="field-hint">
            {props.hint}
          </span>
        )}
      </div>
    );
  };

  const problem = upload.error instanceof ApiError ? upload.error.problem : null;
  return (
    <section className="panel" aria-labelledby="io-upload">
      <h2 id="io-upload">{t('io.upload.title')}</h2>
      <p className="section-intro">{t('io.upload.intro')}</p>
      <form className="io-form io-upload-form" onSubmit={submit} noValidate>
        <div className="field">
          <label className="field-label" htmlFor={`${baseId}-file`}>
            {t('io.upload.fields.file')}
          </label>
          <input
            id={`${baseId}-file`}
            type="file"
            required
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
        {input('code', { hint: t('io.upload.hints.code') })}
        {input('name')}
        {input('year', { inputMode: 'numeric' })}
        {input('source', { hint: t('io.upload.hints.source') })}
        {input('sourceUrl', { type: 'url' })}
        {input('versionLabel')}
        <div className="field">
          <label className="field-label" htmlFor={`${baseId}-kind`}>
            {t('io.upload.fields.kind')}
          </label>
          <select id={`${baseId}-kind`} value={kind} onChange={(event) => setKind(event.target.value)}>
            <option value="official">{t('io.kind.official')}</option>
            <option value="textbook_example">{t('io.kind.textbook_example')}</option>
            <option value="other">{t('io.kind.other')}</option>
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${baseId}-country`}>
            {t('io.upload.fields.country')}
          </label>
          <select id={`${baseId}-country`} value={country} onChange={(event) => setCountry(event.target.value)}>
            <option value="KZ">{t('io.facts.kazakhstan')}</option>
            <option value="">{t('io.upload.otherEconomy')}</option>
          </select>
        </div>
        {input('moneyUnit', { hint: t('io.upload.hints.moneyUnit') })}
        {input('employmentUnit', { hint: t('io.upload.hints.employmentUnit') })}
        {input('machineBuilding', { hint: t('io.upload.hints.machineBuilding') })}
        {input('tolerance', { inputMode: 'decimal', hint: t('io.upload.hints.tolerance') })}
        <p className="io-actions">
          <button type="submit" className="button" disabled={upload.isPending}>
            {upload.isPending ? t('io.upload.uploading') : t('io.upload.submit')}
          </button>
        </p>
      </form>
      <div aria-live="polite">
        {missing.length > 0 && (
          <p className="field-error" role="alert">
            {t('io.upload.missing', { fields: missing.join(', ') })}
          </p>
        )}
        {upload.isError && (
          <div className="field-error" role="alert">
            {/* With a list of problems, a sentence in the reader's language heads the server's list. */}
            <p>{problem?.errors?.length ? t('io.upload.rejected', { count: problem.errors.length }) : (problem?.detail ?? t('errors.unexpected'))}</p>
            {problem?.errors && problem.errors.length > 0 && (
              <ul>
                {problem.errors.map((error, index) => (
                  <li key={index}>
                    <strong>{error.location}</strong>: {error.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
