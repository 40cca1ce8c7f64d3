import type { ReactNode } from 'react';
import type { FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Competition } from '@/domain/model';
import type { SettingsSection } from '@/domain/settings';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { useLanguage } from '@/i18n/use-language';
import { refusalFix, refusalText, warningText } from './save-messages';
import type { SaveState } from './use-section-form';
import styles from './settings.module.css';

interface SectionFrameProps {
  section: SettingsSection;
  competition: Competition;
  intro?: string;
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  isDirty: boolean;
  errors: FieldErrors;
  submitCount: number;
  saveState: SaveState;
  children: ReactNode;
}

/** A section's card: its fields, then its own Save with progress, the saved note, warnings and refusals in words. */
export function SectionFrame({
  section,
  competition,
  intro,
  onSubmit,
  isDirty,
  errors,
  submitCount,
  saveState,
  children,
}: SectionFrameProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const saving = saveState.status === 'saving';
  const problems = submitCount > 0 ? countErrors(errors) : 0;
  const failed = saveState.status === 'failed' ? saveState.error : null;

  return (
    <div id={section} className={styles.anchor} data-testid={`section-${section}`}>
      <Card title={t(`setup.sections.${section}`)}>
        <form className={styles.form} onSubmit={(e) => void onSubmit(e)} noValidate>
          {intro && <p className={styles.intro}>{intro}</p>}
          {children}
          <div className={styles.footer}>
            <Button type="submit" pending={saving} disabled={!isDirty}>
              {saving ? t('setup.save.saving') : t('setup.save.save')}
            </Button>
            <p className={styles.saveNote} aria-live="polite">
              {isDirty && !saving ? t('setup.save.unsaved') : saveState.status === 'saved' ? t('setup.save.saved') : ''}
            </p>
          </div>
          {problems > 0 && failed?.kind !== 'fields' && (
            <p className={styles.error}>{t('setup.save.fixErrors', { count: problems })}</p>
          )}
          {failed && failed.kind === 'refused' && (
            <Alert tone="error">
              <p>{refusalText(t, language, competition, failed.reason, failed.details)}</p>
              {refusalFix[failed.reason as keyof typeof refusalFix] && (
                <a href={`#${refusalFix[failed.reason as keyof typeof refusalFix]}`}>
                  {t(`setup.sections.${refusalFix[failed.reason as keyof typeof refusalFix]!}`)}
                </a>
              )}
            </Alert>
          )}
          {failed && failed.kind === 'fields' && (
            <Alert tone="error">{t('setup.save.fixErrors', { count: failed.fields.length })}</Alert>
          )}
          {failed &&
            (failed.kind === 'network' ||
              failed.kind === 'permission' ||
              failed.kind === 'unknown' ||
              failed.kind === 'not-found') && (
              <Alert tone="error">{t(`setup.save.${failed.kind === 'not-found' ? 'unknown' : failed.kind}`)}</Alert>
            )}
          {saveState.status === 'saved' && saveState.warnings.length > 0 && (
            <Alert tone="warning">
              <p>{t('setup.save.warningsTitle')}</p>
              <ul className={styles.list}>
                {saveState.warnings.map((w, i) => (
                  <li key={i}>{warningText(t, language, competition, w)}</li>
                ))}
              </ul>
            </Alert>
          )}
        </form>
      </Card>
    </div>
  );
}

/** How many fields have an error (a FieldError has a type; refs are DOM nodes, not errors). */
function countErrors(node: unknown): number {
  if (!node || typeof node !== 'object') return 0;
  if ('type' in node && 'message' in node) return 1;
  let n = 0;
  for (const [key, value] of Object.entries(node)) if (key !== 'ref') n += countErrors(value);
  return n;
}
