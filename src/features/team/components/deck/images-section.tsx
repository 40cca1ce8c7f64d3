// The entry's optional product images: up to six (one per slot), JPEG, PNG or
// WebP of at most 5 MiB each (src/domain/submission/entry-image.ts). Listed
// from Storage, added into the first free slot after the browser's own checks
// (with progress and cancel), checked again by the Storage trigger, removed
// through removeEntryFile.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, Card, Skeleton } from '@/components/ui';
import {
  checkImageFile,
  entryImagePath,
  firstFreeSlot,
  IMAGE_ACCEPT,
  IMAGE_SLOTS,
  IMAGE_TYPES,
  imageName,
} from '@/domain/submission';
import { removeEntryFile } from '../../api/deck-remove';
import { listEntryImages, type EntryImage } from '../../api/image-storage';
import { FilePicker } from './file-picker';
import { formatSize } from './format-size';
import { removeErrorMessage } from './remove-error';
import { UploadMessage } from './upload-message';
import { UploadProgress } from './upload-progress';
import { useEntryUpload, type UploadPlan } from './use-entry-upload';
import { useUploadCheck, type UploadedObject } from './use-upload-check';
import styles from './deck.module.css';

export interface ImagesSectionProps {
  competitionId: string;
  entryId: string;
  /** A draft before the deadline. */
  editable: boolean;
}

type Listing = { state: 'loading' } | { state: 'error' } | { state: 'ready'; images: EntryImage[] };

export function ImagesSection({ competitionId, entryId, editable }: ImagesSectionProps) {
  const { t } = useTranslation();
  const { state, upload, cancel, reset } = useEntryUpload();
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  const [uploaded, setUploaded] = useState<UploadedObject | null>(null);
  const [refused, setRefused] = useState(false);
  const [removing, setRemoving] = useState<number | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);

  // Bumped to list the folder again (after an upload, its check, a removal).
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let live = true;
    listEntryImages(competitionId, entryId).then(
      (images) => live && setListing({ state: 'ready', images }),
      () => live && setListing({ state: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [competitionId, entryId, version]);

  const settle = useCallback(
    (kept: boolean) => {
      setRefused(!kept);
      reload();
    },
    [reload],
  );
  const checking = useUploadCheck(uploaded, settle);

  const images = listing.state === 'ready' ? listing.images : [];
  const freeSlot = firstFreeSlot(images.map((i) => i.name));

  const plan = (head: Uint8Array | null, size: number): UploadPlan => {
    if (!head) return { ok: false, message: t('deck.problems.unreadable') };
    if (freeSlot === null) return { ok: false, message: t('deck.images.full', { max: IMAGE_SLOTS }) };
    const checked = checkImageFile(head, size);
    if (checked.ok) {
      const path = entryImagePath(competitionId, entryId, imageName(freeSlot, checked.type));
      return { ok: true, path, contentType: IMAGE_TYPES[checked.type].contentType };
    }
    const message =
      checked.problem === 'size'
        ? t('deck.images.problems.size', { size: formatSize(size) })
        : checked.problem === 'empty'
          ? t('deck.problems.empty')
          : t('deck.images.problems.type');
    return { ok: false, message };
  };

  const onFile = async (file: File) => {
    setRefused(false);
    setRemoveError(null);
    const result = await upload(file, plan);
    if (result.phase !== 'done') return;
    setUploaded({ path: result.path, generation: result.generation });
    reload();
  };

  const onRemove = async (slot: number) => {
    setRemoving(slot);
    setRemoveError(null);
    try {
      await removeEntryFile(competitionId, entryId, { kind: 'image', slot });
      reset();
      reload();
    } catch (error) {
      setRemoveError(removeErrorMessage(t, error));
    } finally {
      setRemoving(null);
    }
  };

  const uploading = state.phase === 'uploading';
  const busy = state.phase === 'reading' || uploading || removing !== null;
  const count = (
    <Badge tone={images.length > 0 ? 'success' : 'neutral'}>
      {t('deck.images.count', { count: images.length, max: IMAGE_SLOTS })}
    </Badge>
  );

  return (
    <div id="images" className={styles.anchor} tabIndex={-1}>
      <Card title={t('deck.images.title')} aside={count}>
        <div className={styles.body} data-testid="images-section" data-count={images.length}>
          <p className={styles.hint}>{t('deck.images.hint', { max: IMAGE_SLOTS })}</p>
          {!editable && <p className={styles.hint}>{t('deck.readOnly')}</p>}
          {listing.state === 'loading' && <Skeleton lines={2} />}
          {listing.state === 'error' && (
            <Alert tone="error">
              {t('deck.images.loadError')}{' '}
              <Button
                variant="ghost"
                onClick={() => {
                  setListing({ state: 'loading' });
                  reload();
                }}
              >
                {t('deck.images.retry')}
              </Button>
            </Alert>
          )}
          {listing.state === 'ready' && images.length === 0 && <p>{t('deck.images.none')}</p>}
          {images.length > 0 && (
            <ul className={styles.images}>
              {images.map((image) => (
                <li key={image.slot} className={styles.image}>
                  <a href={image.url} target="_blank" rel="noreferrer noopener">
                    <img
                      className={styles.imageThumb}
                      src={image.url}
                      alt={t('deck.images.alt', { slot: image.slot })}
                      loading="lazy"
                    />
                  </a>
                  {editable && (
                    <Button
                      variant="ghost"
                      onClick={() => void onRemove(image.slot)}
                      pending={removing === image.slot}
                      disabled={busy}
                      aria-label={t('deck.images.remove', { slot: image.slot })}
                    >
                      {t('deck.remove')}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {uploading && <UploadProgress sent={state.sent} total={state.total} onCancel={cancel} />}
          {state.phase === 'reading' && <p role="status">{t('deck.reading')}</p>}
          <UploadMessage state={state} />
          {checking && <Alert tone="info">{t('deck.images.checking')}</Alert>}
          {refused && <Alert tone="error">{t('deck.images.refused')}</Alert>}
          {removeError && <Alert tone="error">{removeError}</Alert>}
          {editable && listing.state === 'ready' && freeSlot === null && (
            <p className={styles.hint} role="status">
              {t('deck.images.full', { max: IMAGE_SLOTS })}
            </p>
          )}
          {editable && !uploading && listing.state === 'ready' && freeSlot !== null && (
            <div className={styles.actions}>
              <FilePicker
                label={t('deck.images.add')}
                accept={IMAGE_ACCEPT}
                disabled={busy}
                onFile={(file) => void onFile(file)}
              />
            </div>
          )}
        </div>
      </Card>
    </div>
  );
}
