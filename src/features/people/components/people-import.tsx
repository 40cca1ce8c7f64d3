import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { parsePeopleTable } from '../lib/parse-people';
import { PeopleFileError, readPeopleFile } from '../lib/read-people-file';
import styles from './people.module.css';

type ImportState =
  | { status: 'idle' }
  | { status: 'reading' }
  | { status: 'done'; file: string; count: number }
  | { status: 'failed'; reason: PeopleFileError['reason'] };

/**
 * A CSV or Excel file read in the browser into lines of the text box
 * (`name<TAB>email`), so the organizer sees and can edit what was read.
 */
export function PeopleImport({ onRows }: { onRows: (lines: string[]) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [state, setState] = useState<ImportState>({ status: 'idle' });

  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setState({ status: 'reading' });
    try {
      const people = parsePeopleTable(await readPeopleFile(file));
      onRows(people.map((p) => (p.name ? `${p.name}\t${p.email}` : p.email)));
      setState({ status: 'done', file: file.name, count: people.length });
    } catch (error) {
      setState({ status: 'failed', reason: error instanceof PeopleFileError ? error.reason : 'unreadable' });
    } finally {
      // The same file chosen again (after fixing it) reads again.
      input.value = '';
    }
  };

  return (
    <div className={styles.field}>
      <label className={styles.fileLabel} htmlFor={`${id}-file`}>
        {t('people.invite.importFile')}
      </label>
      <input
        id={`${id}-file`}
        className={styles.file}
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby={`${id}-hint`}
        onChange={(e) => void onChange(e)}
      />
      <p id={`${id}-hint`} className={styles.hint}>
        {t('people.invite.importHint')}
      </p>
      {state.status === 'reading' && (
        <p className={styles.hint} role="status">
          {t('people.invite.importing')}
        </p>
      )}
      {state.status === 'done' && (
        <Alert tone="success">{t('people.invite.imported', { file: state.file, count: state.count })}</Alert>
      )}
      {state.status === 'failed' && <Alert tone="error">{t(`people.invite.fileError.${state.reason}`)}</Alert>}
    </div>
  );
}
