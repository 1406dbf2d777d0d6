// What an amount of final demand, or a number of direct jobs, in a product or a group of products
// creates across the economy. The form checks what it can (a number, at least one product) before
// asking the server, and shows the server's refusal (e.g. a product without employment) as is.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IoImpactRequest, IoTableDetail } from '../../../contracts/api/input-output';
import { ApiError } from '../../api/client';
import { defaultGroup } from './default-group';
import { parseAmount } from './io-format';
import { useImpact } from './io-queries';
import { ImpactResults } from './impact-results';
import { ProductChecklist } from './product-checklist';

type TargetKind = 'product' | 'group';
type AmountKind = 'finalDemand' | 'jobs';

interface FormErrors {
  amount?: string;
  group?: string;
}

export function ImpactCalculator({ table }: { table: IoTableDetail }) {
  const { t } = useTranslation();
  const ids = { product: useId(), amount: useId(), amountError: useId(), groupError: useId() };
  const initialGroup = defaultGroup(table);
  const [targetKind, setTargetKind] = useState<TargetKind>(initialGroup.length > 1 ? 'group' : 'product');
  const [product, setProduct] = useState(initialGroup[0] ?? '');
  const [group, setGroup] = useState<string[]>(initialGroup);
  const [amountKind, setAmountKind] = useState<AmountKind>('finalDemand');
  const [amountText, setAmountText] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const amountInput = useRef<HTMLInputElement>(null);
  const impact = useImpact(table.code);
  const moneyUnit = table.moneyUnit ?? t('io.units.money');
  const jobsUnit = table.employmentUnit ?? t('io.units.employment');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const amount = parseAmount(amountText);
    const found: FormErrors = {};
    if (amountText.trim() === '') found.amount = t('io.impact.errors.amountMissing');
    else if (amount === null) found.amount = t('io.impact.errors.amountNotNumber');
    else if (amount === 0) found.amount = t('io.impact.errors.amountZero');
    if (targetKind === 'group' && group.length === 0) found.group = t('io.impact.errors.groupEmpty');
    setErrors(found);
    if (found.amount) {
      amountInput.current?.focus();
      return;
    }
    if (found.group || amount === null) return;
    const target = targetKind === 'product' ? { product } : { group };
    const request: IoImpactRequest = amountKind === 'jobs' ? { ...target, jobs: amount } : { ...target, finalDemand: amount };
    impact.mutate(request);
  };

  return (
    <section className="panel" aria-labelledby="io-impact">
      <h2 id="io-impact">{t('io.impact.title')}</h2>
      <p className="section-intro">{t('io.impact.intro')}</p>
      <form className="io-form" onSubmit={submit} noValidate>
        <fieldset className="io-choice">
          <legend className="field-label">{t('io.impact.target')}</legend>
          <label>
            <input type="radio" name="io-target" checked={targetKind === 'product'} onChange={() => setTargetKind('product')} /> {t('io.impact.oneProduct')}
          </label>
          <label>
            <input type="radio" name="io-target" checked={targetKind === 'group'} onChange={() => setTargetKind('group')} /> {t('io.impact.group')}
          </label>
        </fieldset>
        {targetKind === 'product' ? (
          <div className="field">
            <label className="field-label" htmlFor={ids.product}>
              {t('io.impact.product')}
            </label>
            <select id={ids.product} value={product} onChange={(event) => setProduct(event.target.value)}>
              {table.products.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.code} {p.name}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <div>
            <ProductChecklist
              legend={t('io.impact.groupProducts')}
              hint={t('io.impact.groupHint')}
              products={table.products}
              selected={group}
              onChange={setGroup}
              errorId={errors.group ? ids.groupError : undefined}
            />
            {errors.group && (
              <p id={ids.groupError} className="field-error">
                {errors.group}
              </p>
            )}
          </div>
        )}
        <fieldset className="io-choice">
          <legend className="field-label">{t('io.impact.amountKind')}</legend>
          <label>
            <input type="radio" name="io-amount-kind" checked={amountKind === 'finalDemand'} onChange={() => setAmountKind('finalDemand')} />{' '}
            {t('io.impact.finalDemand', { unit: moneyUnit })}
          </label>
          <label>
            <input type="radio" name="io-amount-kind" checked={amountKind === 'jobs'} onChange={() => setAmountKind('jobs')} />{' '}
            {t('io.impact.jobs', { unit: jobsUnit })}
          </label>
        </fieldset>
        <div className="field">
          <label className="field-label" htmlFor={ids.amount}>
            {t('io.impact.amount')}
          </label>
          <input
            ref={amountInput}
            id={ids.amount}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={amountText}
            aria-invalid={errors.amount ? true : undefined}
            aria-describedby={errors.amount ? ids.amountError : undefined}
            onChange={(event) => setAmountText(event.target.value)}
          />
          {errors.amount && (
            <span id={ids.amountError} className="field-error">
              {errors.amount}
            </span>
          )}
        </div>
        <p className="io-actions">
          <button type="submit" className="button" disabled={impact.isPending}>
            {impact.isPending ? t('io.impact.calculating') : t('io.impact.calculate')}
          </button>
        </p>
      </form>
      {impact.isError && (
        <p className="field-error" role="alert">
          {impact.error instanceof ApiError && impact.error.problem ? impact.error.problem.detail : t('errors.unexpected')}
        </p>
      )}
      {/* Announce that results came, not the whole table they fill. */}
      <p className="visually-hidden" aria-live="polite">
        {impact.isSuccess ? t('io.impact.announced') : ''}
      </p>
      {impact.isSuccess && <ImpactResults report={impact.data} table={table} />}
    </section>
  );
}
