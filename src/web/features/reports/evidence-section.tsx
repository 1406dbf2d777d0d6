// Evidence files of a report: a table with download links (and "Remove" while a file is not part of
// a submission), and, while the report is editable, an upload area that takes files from the file
// chooser or dropped on it. The allowed types and the size limit are said before choosing.
import { useId, useRef, useState, type DragEvent } from 'react';
import type { Report } from '../../../contracts/api/reports';
import { MAX_EVIDENCE_BYTES } from '../../../core/obligations/evidence-type';
import { ApiError } from '../../api/client';
import { useRemoveEvidence, useUploadEvidence } from '../../api/workspace-queries';
import { DataTable } from '../../components/data-table';
import { useLanguage } from '../../lib/language-context';
import { ChangeErrorMessage } from '../auth/problem-message';
import { formatBytes, formatDateTime } from '../workspace/dates';
import { useWorkspaceText } from '../workspace/workspace-i18n';

const ACCEPT = '.pdf,.docx,.xlsx,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

interface EvidenceSectionProps {
  report: Report;
  onConflict: () => void;
  isFrozen: boolean;
}

interface FileFailure {
  name: string;
  error: unknown;
}

export function EvidenceSection({ report, onConflict, isFrozen }: EvidenceSectionProps) {
  const { wt } = useWorkspaceText();
  const language = useLanguage();
  const upload = useUploadEvidence();
  const remove = useRemoveEvidence();
  const [status, setStatus] = useState('');
  const [failures, setFailures] = useState<FileFailure[]>([]);
  const [isDragging, setIsDragging] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const ids = { heading: useId(), input: useId(), hint: useId() };
  const maxSize = formatBytes(MAX_EVIDENCE_BYTES, language);

  const uploadFiles = async (files: File[]) => {
    if (files.length === 0) return;
    const failed: FileFailure[] = [];
    let uploaded = 0;
    for (const file of files) {
      if (file.size > MAX_EVIDENCE_BYTES) {
        failed.push({ name: file.name, error: wt('reports.evidence.tooLarge', { max: maxSize }) });
        continue;
      }
      setStatus(wt('reports.evidence.uploading', { name: file.name }));
      try {
        await upload.mutateAsync({ reportId: report.id, file });
        uploaded += 1;
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) {
          onConflict();
          break;
        }
        failed.push({ name: file.name, error });
      }
    }
    setFailures(failed);
    setStatus(uploaded ? wt('reports.evidence.uploaded', { files: uploaded }) : '');
    if (input.current) input.current.value = '';
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setIsDragging(false);
    if (!canUpload) return;
    void uploadFiles([...event.dataTransfer.files]);
  };

  const onRemove = (id: number, name: string) => {
    remove.mutate(id, {
      onSuccess: () => {
        setStatus(wt('reports.evidence.removed', { name }));
        heading.current?.focus();
      },
      onError: (error) => {
        if (error instanceof ApiError && error.status === 409) onConflict();
        else setFailures([{ name, error }]);
      },
    });
  };

  const canUpload = report.abilities.canAddEvidence && !isFrozen;

  return (
    <section className="report-section" aria-labelledby={ids.heading}>
      <h3 id={ids.heading} ref={heading} tabIndex={-1}>
        {wt('reports.evidence.title')}
      </h3>
      <DataTable
        caption={wt('reports.evidence.caption')}
        rows={report.evidence}
        rowKey={(file) => file.id}
        empty={wt('reports.evidence.none')}
        columns={[
          {
            id: 'name',
            header: wt('reports.evidence.name'),
            isRowHeader: true,
            cell: (file) => (
              <a href={file.url} download={file.fileName}>
                {file.fileName}
                <span className="visually-hidden"> ({wt('reports.evidence.download')})</span>
              </a>
            ),
          },
          { id: 'kind', header: wt('reports.evidence.kind'), cell: (file) => file.kind.toUpperCase() },
          { id: 'size', header: wt('reports.evidence.size'), className: 'num', cell: (file) => formatBytes(file.sizeBytes, language) },
          {
            id: 'uploaded',
            header: wt('reports.evidence.uploadedAt'),
            cell: (file) => (
              <>
                {formatDateTime(file.uploadedAt, language)}
                {file.uploadedBy && <span className="muted"> · {file.uploadedBy.name}</span>}
                {file.organizationCode !== report.organization.code && <span className="muted"> ({file.organizationCode})</span>}
              </>
            ),
          },
          {
            id: 'state',
            header: wt('reports.evidence.state'),
            cell: (file) =>
              file.canDelete ? (
                <button
                  type="button"
                  className="button button-quiet"
                  disabled={remove.isPending || isFrozen}
                  onClick={() => onRemove(file.id, file.fileName)}
                >
                  {wt('reports.evidence.remove')}
                  <span className="visually-hidden"> {file.fileName}</span>
                </button>
              ) : file.isSubmitted ? (
                wt('reports.evidence.submitted')
              ) : (
                wt('reports.evidence.draft')
              ),
          },
        ]}
      />
      {canUpload && (
        <div
          className={isDragging ? 'dropzone is-dragging' : 'dropzone'}
          onDragOver={(event) => {
            event.preventDefault();
            setIsDragging(true);
          }}
          onDragLeave={() => setIsDragging(false)}
          onDrop={onDrop}
        >
          <label htmlFor={ids.input} className="field-label">
            {wt('reports.evidence.choose')}
          </label>
          <input
            ref={input}
            id={ids.input}
            type="file"
            multiple
            accept={ACCEPT}
            aria-describedby={ids.hint}
            disabled={upload.isPending}
            onChange={(event) => void uploadFiles([...(event.target.files ?? [])])}
          />
          <p id={ids.hint} className="field-hint">
            {wt('reports.evidence.hint', { max: maxSize })}
          </p>
        </div>
      )}
      <p role="status" className="status-message">
        {status}
      </p>
      {failures.length > 0 && (
        <div className="form-errors" role="alert">
          <ul>
            {failures.map((failure, index) => (
              <li key={index}>
                <strong>{failure.name}</strong>:{' '}
                {typeof failure.error === 'string' ? failure.error : <ChangeErrorMessage error={failure.error} />}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
