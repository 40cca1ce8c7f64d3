import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import type { Track } from '@/domain/model';
import { useAsync } from '@/lib/async/use-async';
import { entriesByIds, searchEntries, type EntryChoice } from '../api/entry-search';
import styles from './people.module.css';

interface ConflictPickerProps {
  competitionId: string;
  tracks: readonly Track[];
  /** Entry ids. */
  values: string[];
  onChange: (values: string[]) => void;
  maxCount: number;
}

/**
 * The entries a judge has a conflict with: the chosen ones by code and
 * title, and a search (code or start of title, at most 10 results) to add more.
 */
export function ConflictPicker({ competitionId, tracks, values, onChange, maxCount }: ConflictPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const search = useDeferredValue(text.trim());
  // Entries met in this editor (chosen or found), to name the chosen ones without reading them again.
  const [known, setKnown] = useState<Record<string, EntryChoice>>({});
  // The conflicts the judge had when the editor opened, read once by id.
  const [initialIds] = useState(values);
  const initial = useAsync(`${competitionId}:${initialIds.join(',')}`, () =>
    initialIds.length ? entriesByIds(competitionId, initialIds) : Promise.resolve([]),
  );
  const found = useAsync(search ? `${competitionId}:${search}` : null, () =>
    searchEntries(competitionId, search, tracks),
  );
  const named = (eid: string): EntryChoice | undefined =>
    known[eid] ?? (initial.status === 'success' ? initial.data.find((e) => e.id === eid) : undefined);

  // Found and not chosen yet (a chosen one shows above, with its ×).
  const choices = search && found.status === 'success' ? found.data.filter((e) => !values.includes(e.id)) : [];

  const add = (entry: EntryChoice) => {
    if (values.includes(entry.id) || values.length >= maxCount) return;
    setKnown((k) => ({ ...k, [entry.id]: entry }));
    onChange([...values, entry.id]);
  };

  return (
    <div className={styles.field}>
      <span className={styles.label} id={`${id}-label`}>
        {t('people.profile.conflicts')}
      </span>
      <p className={styles.hint}>{t('people.profile.conflictsHint')}</p>
      {values.length === 0 ? (
        <p className={styles.hint}>{t('people.profile.conflictsNone')}</p>
      ) : (
        <ul className={styles.chips} aria-labelledby={`${id}-label`}>
          {values.map((eid) => {
            const entry = named(eid);
            const code = entry?.code ?? eid;
            return (
              <li key={eid} className={styles.chip}>
                <span>
                  {entry
                    ? `${entry.code} ${entry.title}`
                    : initial.status === 'loading'
                      ? t('people.profile.conflictsLoading')
                      : t('people.profile.unknownEntry', { id: eid })}
                </span>
                <button
                  type="button"
                  className={styles.chipRemove}
                  aria-label={t('people.profile.removeConflict', { code })}
                  onClick={() => onChange(values.filter((v) => v !== eid))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <label className={styles.label} htmlFor={`${id}-search`}>
        {t('people.profile.search')}
      </label>
      <input
        id={`${id}-search`}
        className={styles.input}
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {search && found.status === 'loading' && <p className={styles.hint}>{t('people.profile.searching')}</p>}
      {search && found.status === 'error' && <ErrorState error={found.error} onRetry={found.retry} />}
      {search && found.status === 'success' && found.data.length === 0 && (
        <p className={styles.hint}>{t('people.profile.noResults', { text: search })}</p>
      )}
      {choices.length > 0 && (
        <ul className={styles.results}>
          {choices.map((entry) => (
            <li key={entry.id} className={styles.result}>
              <span className={styles.resultText}>
                <strong>{entry.code}</strong> {entry.title}
              </span>
              <Button variant="ghost" onClick={() => add(entry)}>
                {t('people.profile.addConflict', { code: entry.code })}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
