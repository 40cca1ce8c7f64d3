// The entry's pitch deck: what is there (as the server recorded it), upload
// with the browser's own checks first, progress and cancel, replace, remove
// (through removeEntryFile) and an in-page preview (PDF.js, loaded on demand).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PdfViewer } from '@/components/pdf-viewer';
import { Alert, Badge, Button, Card } from '@/components/ui';
import { deckPath as deckPathOf } from '@/domain/model';
import { checkDeckFile, DECK_CONTENT_TYPE } from '@/domain/submission';
import { removeEntryFile } from '../../api/deck-remove';
import { entryObjectUrl } from '../../api/deck-storage';
import { FilePicker } from './file-picker';
import { formatSize } from './format-size';
import { removeErrorMessage } from './remove-error';
import { UploadMessage } from './upload-message';
import { UploadProgress } from './upload-progress';
import { useDeckCheck, type UploadedDeck } from './use-deck-check';
import { useEntryUpload, type UploadPlan } from './use-entry-upload';
import styles from './deck.module.css';

export interface DeckSectionProps {
  competitionId: string;
  entryId: string;
  /** The entry's deckPath, live: set by the server once it has verified the upload. */
  deckPath: string | null;
  /** A draft before the deadline. */
  editable: boolean;
}

type Preview = { state: 'closed' } | { state: 'opening' } | { state: 'open'; url: string } | { state: 'error' };

export function DeckSection({ competitionId, entryId, deckPath, editable }: DeckSectionProps) {
  const { t } = useTranslation();
  const { state, upload, cancel, reset } = useEntryUpload();
  const [uploaded, setUploaded] = useState<UploadedDeck | null>(null);
  const check = useDeckCheck(uploaded, deckPath);
  const [removing, setRemoving] = useState(false);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview>({ state: 'closed' });
  const path = deckPathOf(competitionId, entryId);

  const plan = (head: Uint8Array | null, size: number): UploadPlan => {
    if (!head) return { ok: false, message: t('deck.problems.unreadable') };
    const checked = checkDeckFile(head, size);
    if (checked.ok) return { ok: true, path, contentType: DECK_CONTENT_TYPE };
    const message =
      checked.problem === 'size'
        ? t('deck.problems.size', { size: formatSize(size) })
        : checked.problem === 'empty'
          ? t('deck.problems.empty')
          : t('deck.problems.notPdf');
    return { ok: false, message };
  };

  const onFile = async (file: File) => {
    setRemoveError(null);
    setPreview({ state: 'closed' });
    const replacing = deckPath !== null;
    setUploaded(null);
    const result = await upload(file, plan);
    if (result.phase === 'done') setUploaded({ path: result.path, generation: result.generation, replacing });
  };

  const onRemove = async () => {
    setRemoving(true);
    setRemoveError(null);
    setPreview({ state: 'closed' });
    try {
      await removeEntryFile(competitionId, entryId, { kind: 'deck' });
      setUploaded(null);
      reset();
    } catch (error) {
      setRemoveError(removeErrorMessage(t, error));
    } finally {
      setRemoving(false);
    }
  };

  const onPreview = async () => {
    if (preview.state === 'open') return setPreview({ state: 'closed' });
    setPreview({ state: 'opening' });
    try {
      setPreview({ state: 'open', url: await entryObjectUrl(path) });
    } catch {
      setPreview({ state: 'error' });
    }
  };

  const busy = state.phase === 'reading' || state.phase === 'uploading' || removing;
  const checking = check === 'checking';
  const present = deckPath !== null && !checking;
  const uploading = state.phase === 'uploading';
  const status = uploading ? (
    <Badge tone="primary">{t('deck.status.uploading')}</Badge>
  ) : checking ? (
    <Badge tone="warning">{t('deck.status.checking')}</Badge>
  ) : present ? (
    <Badge tone="success">{t('deck.status.uploaded')}</Badge>
  ) : (
    <Badge tone="neutral">{t('deck.status.none')}</Badge>
  );

  return (
    <div id="deck" className={styles.anchor} tabIndex={-1}>
      <Card title={t('deck.title')} aside={status}>
        <div
          className={styles.body}
          data-testid="deck-section"
          data-deck={present ? 'present' : checking ? 'checking' : 'none'}
        >
          <p className={styles.hint}>{t('deck.hint')}</p>
          {!editable && <p className={styles.hint}>{t('deck.readOnly')}</p>}
          {state.phase === 'uploading' && <UploadProgress sent={state.sent} total={state.total} onCancel={cancel} />}
          {state.phase === 'reading' && <p role="status">{t('deck.reading')}</p>}
          <UploadMessage state={state} />
          {checking && <Alert tone="info">{t('deck.checking')}</Alert>}
          {check === 'refused' && <Alert tone="error">{t('deck.refused')}</Alert>}
          {removeError && <Alert tone="error">{removeError}</Alert>}
          <div className={styles.actions}>
            {editable && !uploading && (
              <FilePicker
                label={deckPath ? t('deck.replace') : t('deck.choose')}
                accept="application/pdf,.pdf"
                disabled={busy}
                onFile={(file) => void onFile(file)}
              />
            )}
            {present && (
              <Button variant="secondary" onClick={() => void onPreview()} pending={preview.state === 'opening'}>
                {preview.state === 'open' ? t('deck.closePreview') : t('deck.preview')}
              </Button>
            )}
            {editable && present && (
              <Button variant="ghost" onClick={() => void onRemove()} pending={removing} disabled={busy}>
                {t('deck.remove')}
              </Button>
            )}
          </div>
          {preview.state === 'error' && <Alert tone="error">{t('deck.errors.url')}</Alert>}
          {preview.state === 'open' && <PdfViewer url={preview.url} title={t('deck.title')} />}
        </div>
      </Card>
    </div>
  );
}
