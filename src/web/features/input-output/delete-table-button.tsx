// Deleting the shown table, for users who may import statistics; asks first, since results computed
// from it can no longer be reproduced afterwards.
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { useLanguage } from '../../lib/language-context';
import { ioPaths } from './io-paths';
import { useDeleteIoTable } from './io-queries';

export function DeleteTableButton({ code }: { code: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const remove = useDeleteIoTable();
  const onClick = () => {
    if (!window.confirm(t('io.delete.confirm', { code }))) return;
    remove.mutate(code, { onSuccess: () => navigate(ioPaths.page(language), { replace: true }) });
  };
  return (
    <p className="io-actions">
      <button type="button" className="button button-danger" onClick={onClick} disabled={remove.isPending}>
        {t('io.delete.button')}
      </button>
      {remove.isError && (
        <span className="field-error" role="alert">
          {remove.error instanceof ApiError && remove.error.problem ? remove.error.problem.detail : t('errors.unexpected')}
        </span>
      )}
    </p>
  );
}
