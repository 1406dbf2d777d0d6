// Choosing several products (a group): one checkbox each in a labelled group, scrolling when the
// table has many products. Native checkboxes keep it usable by keyboard and screen readers alike.
import type { ReactNode } from 'react';
import type { IoTableProduct } from '../../../contracts/api/input-output';

interface ProductChecklistProps {
  legend: ReactNode;
  products: IoTableProduct[];
  selected: readonly string[];
  onChange: (codes: string[]) => void;
  /** id of an error message shown next to the group, when there is one. */
  errorId?: string;
  hint?: ReactNode;
}

export function ProductChecklist({ legend, products, selected, onChange, errorId, hint }: ProductChecklistProps) {
  const toggle = (code: string, isChecked: boolean) => {
    const next = new Set(selected);
    if (isChecked) next.add(code);
    else next.delete(code);
    // Keep the table's order, whatever order the boxes were ticked in.
    onChange(products.map((product) => product.code).filter((c) => next.has(c)));
  };
  return (
    <fieldset className="io-checklist" aria-describedby={errorId} aria-invalid={errorId ? true : undefined}>
      <legend className="field-label">{legend}</legend>
      {hint && <p className="field-hint">{hint}</p>}
      <ul>
        {products.map((product) => (
          <li key={product.code}>
            <label>
              <input type="checkbox" checked={selected.includes(product.code)} onChange={(event) => toggle(product.code, event.target.checked)} />{' '}
              <span className="io-code">{product.code}</span> {product.name}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
