import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Competition } from '@/domain/model';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Modal, modalClass } from '@/components/ui/modal';
import { TextField } from '@/components/ui/text-field';
import { useLanguage } from '@/i18n/use-language';
import { formatDateTime } from '@/lib/format/date';
import { useNow } from '@/lib/format/use-now';
import {
  MAX_NOTICE_DAYS,
  MAX_REASON,
  publishResults,
  toPublishError,
  type PublishErrorKind,
  type PublishOutcome,
} from '../api/publish-results';
import { publishedAs, publishedWith, showsConfidence, type PublishData } from '../hooks/use-publish-data';
import { publishFormSchema, type PublishFormInput, type PublishFormValues } from '../lib/publish-form-schema';
import styles from './publication.module.css';

interface PublishFormProps {
  competition: Competition;
  roundId: string;
  data: PublishData;
  /** The last outcome, kept by the page: a publication reads everything again and remounts this form. */
  outcome: PublishOutcome | null;
  onOutcome: (outcome: PublishOutcome | null) => void;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * Publishing the stored computation: the notice period, whether the public
 * page shows the award confidence, a reason from version 2 on, a
 * confirmation that says what will happen, then `publishResults`. The
 * outcome (a new version, or the same computation already published) and
 * every refusal are said in words.
 */
export function PublishForm({ competition, roundId, data, outcome, onOutcome }: PublishFormProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const now = useNow();
  const id = useId();
  // Publishing the computation the latest version froze, with the same
  // choice about the award confidence, changes nothing, so it asks no reason.
  const { computation, latest } = data;
  const alreadyPublishedWith = (show: boolean) => (computation ? publishedWith(computation, latest, show) : null);
  const needsReason = (show: boolean) => latest !== null && alreadyPublishedWith(show) === null;
  const [asking, setAsking] = useState<PublishFormValues | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<PublishErrorKind | null>(null);
  const {
    register,
    handleSubmit,
    control,
    formState: { errors },
  } = useForm<PublishFormInput, unknown, PublishFormValues>({
    resolver: zodResolver(publishFormSchema(needsReason)),
    // Off, unless the latest version froze this very computation with it (then unchanged is the default).
    defaultValues: {
      noticeDays: 5,
      reason: '',
      showConfidence: !!(computation && latest && publishedAs(computation, latest) !== null && showsConfidence(latest)),
    },
  });
  const shown = useWatch({ control, name: 'showConfidence' }) === true;
  const alreadyPublished = alreadyPublishedWith(shown);
  const correction = needsReason(shown);
  const nextVersion = alreadyPublished ?? (latest?.version ?? 0) + 1;
  const canShowConfidence = computation?.confidence != null;

  const publish = async () => {
    if (!asking || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      const result = await publishResults({
        competitionId: competition.id,
        roundId,
        noticeDays: asking.noticeDays,
        ...(asking.reason ? { reason: asking.reason } : {}),
        showConfidence: asking.showConfidence,
      });
      setAsking(null);
      onOutcome(result);
    } catch (error) {
      setFailure(toPublishError(error));
      setAsking(null);
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (message: string | undefined) =>
    message
      ? t(message as 'publication.publish.reasonRequired', {
          max: message.endsWith('noticeInvalid') ? MAX_NOTICE_DAYS : MAX_REASON,
        })
      : undefined;

  if (!data.computation) {
    return (
      <Card title={t('publication.publish.title')}>
        <p className={styles.muted}>{t('publication.publish.needComputation')}</p>
      </Card>
    );
  }

  return (
    <Card title={t('publication.publish.title')}>
      <form
        className={styles.stack}
        noValidate
        onSubmit={handleSubmit((values) => {
          onOutcome(null);
          setFailure(null);
          setAsking(values);
        })}
        data-testid="publish-form"
      >
        <p className={styles.muted}>
          {alreadyPublished !== null
            ? t('publication.computation.published', { version: alreadyPublished })
            : correction
              ? t('publication.publish.correctionIntro', { version: data.latest?.version })
              : t('publication.publish.firstIntro')}
        </p>
        <div className={styles.narrowField}>
          <TextField
            label={t('publication.publish.noticeDays')}
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_NOTICE_DAYS}
            step={1}
            hint={t('publication.publish.noticeHint')}
            error={fieldError(errors.noticeDays?.message)}
            {...register('noticeDays')}
          />
        </div>
        <div className={styles.field}>
          <label className={styles.check}>
            <input
              type="checkbox"
              disabled={!canShowConfidence}
              aria-describedby={`${id}-confidence-hint`}
              {...register('showConfidence')}
            />
            <span>{t('publication.publish.showConfidence')}</span>
          </label>
          <p id={`${id}-confidence-hint`} className={styles.muted}>
            {canShowConfidence
              ? t('publication.publish.showConfidenceHint')
              : t('publication.publish.noConfidenceHint')}
          </p>
        </div>
        {correction && (
          <div className={styles.field}>
            <label className={styles.label} htmlFor={`${id}-reason`}>
              {t('publication.publish.reason')}
            </label>
            <textarea
              id={`${id}-reason`}
              className={styles.textarea}
              rows={3}
              maxLength={MAX_REASON}
              aria-invalid={errors.reason ? true : undefined}
              aria-describedby={`${id}-reason-hint${errors.reason ? ` ${id}-reason-error` : ''}`}
              {...register('reason')}
            />
            <p id={`${id}-reason-hint`} className={styles.muted}>
              {t('publication.publish.reasonHint', { max: MAX_REASON })}
            </p>
            {errors.reason && (
              <p id={`${id}-reason-error`} className={styles.error} role="alert">
                {fieldError(errors.reason.message)}
              </p>
            )}
          </div>
        )}
        <div>
          <Button type="submit" pending={busy}>
            {busy ? t('publication.publish.working') : t('publication.publish.submit')}
          </Button>
        </div>
        {busy && <p className={styles.muted}>{t('publication.publish.working')}</p>}
        {outcome && (
          <Alert tone={outcome.created ? 'success' : 'info'}>
            {outcome.created
              ? t('publication.publish.created', { version: outcome.version })
              : t('publication.publish.unchanged', { version: outcome.version })}
          </Alert>
        )}
        {failure && <Alert tone="error">{t(`publication.publish.errors.${failure}`)}</Alert>}
      </form>
      <Modal
        open={asking !== null}
        onClose={() => !busy && setAsking(null)}
        labelledBy={`${id}-confirm`}
        testId="publish-confirm"
      >
        {asking && (
          <div className={modalClass.body}>
            <h2 id={`${id}-confirm`}>{t('publication.publish.confirmTitle', { version: nextVersion })}</h2>
            <p>
              {asking.noticeDays > 0
                ? t('publication.publish.confirmNotice', {
                    until: formatDateTime(now + asking.noticeDays * DAY, language),
                  })
                : t('publication.publish.confirmFinal')}
            </p>
            <p>
              {asking.showConfidence
                ? t('publication.publish.confirmConfidence')
                : t('publication.publish.confirmNoConfidence')}
            </p>
            {asking.reason && (
              <p className={styles.reason}>{t('publication.publish.confirmReason', { reason: asking.reason })}</p>
            )}
            <p className={styles.muted}>{t('publication.publish.confirmWarning')}</p>
            <div className={modalClass.actions}>
              <Button variant="secondary" disabled={busy} onClick={() => setAsking(null)}>
                {t('publication.publish.cancel')}
              </Button>
              <Button pending={busy} onClick={() => void publish()}>
                {busy ? t('publication.publish.working') : t('publication.publish.confirm')}
              </Button>
            </div>
          </div>
        )}
      </Modal>
    </Card>
  );
}
