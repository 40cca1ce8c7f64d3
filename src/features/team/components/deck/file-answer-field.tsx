// The answer to one of the competition's `file` questions: a PDF, JPEG or PNG
// of at most 20 MiB (src/domain/submission/entry-file.ts), checked by its
// first bytes here, stored under a generated name (`{questionId}.{pdf|jpg|png}`)
// and checked again by the Storage trigger. The answer is the file's path.
import { useCallback, useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button } from '@/components/ui';
import type { EntryQuestion } from '@/domain/registration';
import { entryFilePath, parseEntryFilePath } from '@/domain/registration';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { checkFileAnswer, FILE_ANSWER_ACCEPT, FILE_TYPES, fileAnswerName } from '@/domain/submission';
import { removeEntryFile } from '../../api/deck-remove';
import { entryObjectUrl } from '../../api/deck-storage';
import { FilePicker } from './file-picker';
import { formatSize } from './format-size';
import { removeErrorMessage } from './remove-error';
import { UploadMessage } from './upload-message';
import { UploadProgress } from './upload-progress';
import { useEntryUpload, type UploadPlan } from './use-entry-upload';
import { useUploadCheck, type UploadedObject } from './use-upload-check';
import styles from './deck.module.css';

export interface FileAnswerFieldProps {
  competitionId: string;
  entryId: string;
  question: EntryQuestion;
  /** The answer: the file's path, or '' when there is none. */
  value: string;
  onChange: (path: string) => void;
  editable: boolean;
  /** The file input's id (the form focuses it for an error). */
  id: string;
  /** The form's message for this answer (e.g. required), shown under the field. */
  error?: string;
  /** Shown after the label: the form's required/optional marker. */
  marker?: ReactNode;
}

export function FileAnswerField({
  competitionId,
  entryId,
  question,
  value,
  onChange,
  editable,
  id,
  error,
  marker,
}: FileAnswerFieldProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { state, upload, cancel, reset } = useEntryUpload();
  const [link, setLink] = useState<{ path: string; url: string } | null>(null);
  const [refused, setRefused] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [checking, setChecking] = useState<UploadedObject | null>(null);
  const hintId = useId();
  const label = pickLocalized(language, question.label, question.labelEn);
  const name = value ? (parseEntryFilePath(value)?.name ?? null) : null;
  const url = link && link.path === value ? link.url : null;

  // A link to open what is there.
  useEffect(() => {
    if (!value) return;
    let live = true;
    entryObjectUrl(value).then(
      (url) => live && setLink({ path: value, url }),
      () => undefined, // not there (yet, or any more): no link
    );
    return () => {
      live = false;
    };
  }, [value]);

  // The trigger deletes a refused file a moment after the upload.
  const settle = useCallback(
    (kept: boolean) => {
      if (kept) return;
      setRefused(true);
      onChange('');
    },
    [onChange],
  );
  useUploadCheck(checking, settle);

  const plan = (head: Uint8Array | null, size: number): UploadPlan => {
    if (!head) return { ok: false, message: t('deck.problems.unreadable') };
    const checked = checkFileAnswer(head, size);
    if (checked.ok) {
      const path = entryFilePath(competitionId, entryId, fileAnswerName(question.id, checked.type));
      return { ok: true, path, contentType: FILE_TYPES[checked.type].contentType };
    }
    const message =
      checked.problem === 'size'
        ? t('deck.file.problems.size', { size: formatSize(size) })
        : checked.problem === 'empty'
          ? t('deck.problems.empty')
          : t('deck.file.problems.type');
    return { ok: false, message };
  };

  const onFile = async (file: File) => {
    setRefused(false);
    setRemoveError(null);
    const previous = name;
    const result = await upload(file, plan);
    if (result.phase !== 'done') return;
    onChange(result.path);
    setChecking({ path: result.path, generation: result.generation });
    // A file of another type answered this question before: it is no longer the answer.
    const now = parseEntryFilePath(result.path)?.name;
    if (previous && previous !== now) {
      void removeEntryFile(competitionId, entryId, { kind: 'file', name: previous }).catch(() => undefined);
    }
  };

  const onRemove = async () => {
    if (!name) return onChange('');
    setRemoving(true);
    setRemoveError(null);
    try {
      await removeEntryFile(competitionId, entryId, { kind: 'file', name });
      reset();
      onChange('');
    } catch (err) {
      setRemoveError(removeErrorMessage(t, err));
    } finally {
      setRemoving(false);
    }
  };

  const busy = state.phase === 'reading' || state.phase === 'uploading' || removing;
  return (
    <div className={styles.fileField} role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className={styles.fileLabel}>
        {label}
        {marker}
      </span>
      <p id={hintId} className={styles.hint}>
        {t('deck.file.hint')}
      </p>
      <p className={styles.fileName}>
        {name ? (
          url ? (
            <a href={url} target="_blank" rel="noreferrer noopener">
              {t('deck.file.uploaded', { name })}
            </a>
          ) : (
            t('deck.file.uploaded', { name })
          )
        ) : (
          t('deck.file.none')
        )}
      </p>
      {state.phase === 'uploading' && <UploadProgress sent={state.sent} total={state.total} onCancel={cancel} />}
      {state.phase === 'reading' && <p role="status">{t('deck.reading')}</p>}
      <UploadMessage state={state} />
      {refused && <Alert tone="error">{t('deck.file.refused')}</Alert>}
      {removeError && <Alert tone="error">{removeError}</Alert>}
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
      {editable && (
        <div className={styles.actions}>
          {state.phase !== 'uploading' && (
            <FilePicker
              id={id}
              label={name ? t('deck.replace') : t('deck.file.choose')}
              accept={FILE_ANSWER_ACCEPT}
              disabled={busy}
              describedBy={hintId}
              onFile={(file) => void onFile(file)}
            />
          )}
          {name && (
            <Button variant="ghost" onClick={() => void onRemove()} pending={removing} disabled={busy}>
              {t('deck.remove')}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
