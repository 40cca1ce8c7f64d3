import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Competition } from '@/domain/model';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import type { AdminRow } from '../lib/entry-rows';
import { CSV_TYPE, download } from '@/lib/download';
import { safeFileName, toCsv, toXlsx } from '../lib/export-files';
import { beijingDateTime, FIXED_COLUMNS, registrationList, type RegistrationListWords } from '../lib/registration-list';
import styles from './entry-admin.module.css';

type Format = 'xlsx' | 'csv';
type State =
  { step: 'idle' } | { step: 'working'; format: Format } | { step: 'done'; file: string } | { step: 'error' };

interface ExportPanelProps {
  competition: Competition;
  /** The rows to export (what the filters show), in list order. */
  rows: readonly AdminRow[];
  filtered: boolean;
  /** Whether every entry has been read. */
  ready: boolean;
}

/** 报名汇总表: the listed entries as an Excel workbook or a CSV file, in the organizer's language. */
export function ExportPanel({ competition, rows, filtered, ready }: ExportPanelProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [state, setState] = useState<State>({ step: 'idle' });

  const words = (): RegistrationListWords => ({
    columns: Object.fromEntries(
      FIXED_COLUMNS.map((c) => [c, t(`entryAdmin.export.columns.${c}`)]),
    ) as RegistrationListWords['columns'],
    status: {
      draft: t('competition.entryStatus.draft'),
      submitted: t('competition.entryStatus.submitted'),
      withdrawn: t('competition.entryStatus.withdrawn'),
      disqualified: t('competition.entryStatus.disqualified'),
    },
    fileAnswer: (name) => t('entryAdmin.export.fileAnswer', { name }),
    dateTime: beijingDateTime,
    language,
  });

  const run = async (format: Format) => {
    setState({ step: 'working', format });
    try {
      const table = registrationList(competition, rows, words());
      const title = pickLocalized(language, competition.title, competition.titleEn);
      const file = `${safeFileName(t('entryAdmin.export.fileName', { title }))}.${format}`;
      const blob =
        format === 'csv'
          ? new Blob([toCsv(table)], { type: CSV_TYPE })
          : await toXlsx(table, t('entryAdmin.export.sheetName'));
      download(blob, file);
      setState({ step: 'done', file });
    } catch {
      setState({ step: 'error' });
    }
  };

  const working = state.step === 'working';
  return (
    <Card title={t('entryAdmin.export.title')}>
      <div className={styles.exportBody}>
        <p className={styles.note}>
          {!ready
            ? t('entryAdmin.export.waiting')
            : filtered
              ? t('entryAdmin.export.hintFiltered', { count: rows.length })
              : t('entryAdmin.export.hintAll', { count: rows.length })}
        </p>
        <div className={styles.actions}>
          <Button
            variant="secondary"
            disabled={!ready || working}
            pending={working && state.format === 'xlsx'}
            onClick={() => void run('xlsx')}
          >
            {t('entryAdmin.export.excel')}
          </Button>
          <Button
            variant="secondary"
            disabled={!ready || working}
            pending={working && state.format === 'csv'}
            onClick={() => void run('csv')}
          >
            {t('entryAdmin.export.csv')}
          </Button>
        </div>
        {working && <p className={styles.note}>{t('entryAdmin.export.preparing')}</p>}
        {state.step === 'done' && <Alert tone="success">{t('entryAdmin.export.done', { file: state.file })}</Alert>}
        {state.step === 'error' && <Alert tone="error">{t('entryAdmin.export.failed')}</Alert>}
      </div>
    </Card>
  );
}
