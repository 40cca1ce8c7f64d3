import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import type { Competition, Entry } from '@/domain/model';
import type { EntryQuestion } from '@/domain/registration/entry-question';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import styles from './scoring.module.css';

/** One answer as text: a choice by its label, a file as "uploaded", blank as "not answered". */
function answerText(question: EntryQuestion, value: unknown, language: 'zh-CN' | 'en', fileText: string) {
  if (value === undefined || value === null || value === '') return null;
  if (question.kind === 'file') return fileText;
  if (question.kind === 'choice') {
    const option = question.options?.find((o) => o.id === value);
    return option ? pickLocalized(language, option.label, option.labelEn) : String(value);
  }
  return String(value);
}

/** What the team submitted: the entry's content only (its identity is another document judges cannot read). */
export function EntryView({ competition, entry }: { competition: Competition; entry: Entry }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const track = competition.tracks.find((tr) => tr.id === entry.trackId);
  const rows: { label: string; value: string | null; long?: boolean }[] = [
    { label: t('scoring.entry.track'), value: track ? pickLocalized(language, track.name, track.nameEn) : null },
    { label: t('entry.fields.field'), value: entry.field || null },
    { label: t('entry.fields.stage'), value: entry.stage ? t(`entry.stages.${entry.stage}`) : null },
    { label: t('entry.fields.summary'), value: entry.summary || null, long: true },
    { label: t('entry.fields.problem'), value: entry.problem || null, long: true },
    { label: t('entry.fields.solution'), value: entry.solution || null, long: true },
    { label: t('entry.fields.financing'), value: entry.financing || null },
    ...competition.entryForm.questions.map((q) => ({
      label: pickLocalized(language, q.label, q.labelEn),
      value: answerText(q, entry.answers[q.id], language, t('scoring.entry.fileAnswer')),
      long: q.kind === 'long-text',
    })),
  ];
  return (
    <Card title={t('scoring.entry.title')}>
      <dl className={styles.facts} data-testid="entry-view">
        {rows.map((row, i) => (
          <div key={i} className={row.long ? styles.factLong : styles.fact}>
            <dt>{row.label}</dt>
            <dd className={row.value === null ? styles.muted : styles.text}>
              {row.value ?? t('scoring.entry.noAnswer')}
            </dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
