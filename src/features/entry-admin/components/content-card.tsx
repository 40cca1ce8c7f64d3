import { useTranslation } from 'react-i18next';
import type { Competition, Entry } from '@/domain/model';
import type { EntryQuestion } from '@/domain/registration/entry-question';
import { Card } from '@/components/ui/card';
import { Details } from '@/components/ui/table';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { FileAnswerLink } from './file-answer-link';
import styles from './entry-admin.module.css';

/** Plain text with its line breaks, never markup; a dash when blank. */
function Text({ value }: { value: string }) {
  const { t } = useTranslation();
  return value ? (
    <span className={styles.prewrap}>{value}</span>
  ) : (
    <span className={styles.muted}>{t('entryAdmin.detail.empty')}</span>
  );
}

/** What the team wrote about the project: the fixed fields, in the form's order. */
export function ProjectCard({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const field = (key: 'title' | 'field' | 'summary' | 'problem' | 'solution' | 'financing') => ({
    term: t(`entry.fields.${key}`),
    value: <Text value={entry[key]} />,
  });
  return (
    <Card title={t('entryAdmin.detail.project')}>
      <Details
        items={[
          field('title'),
          field('field'),
          field('summary'),
          field('problem'),
          field('solution'),
          {
            term: t('entry.fields.stage'),
            value: <Text value={entry.stage ? t(`entry.stages.${entry.stage}`) : ''} />,
          },
          field('financing'),
        ]}
      />
    </Card>
  );
}

function Answer({ question, value }: { question: EntryQuestion; value: Entry['answers'][string] | undefined }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (value === undefined || value === '')
    return <span className={styles.muted}>{t('entryAdmin.detail.noAnswer')}</span>;
  if (question.kind === 'file' && typeof value === 'string') return <FileAnswerLink path={value} />;
  if (question.kind === 'choice') {
    const option = question.options?.find((o) => o.id === value);
    return <Text value={option ? pickLocalized(language, option.label, option.labelEn) : String(value)} />;
  }
  return <Text value={String(value)} />;
}

/** The answers to the competition's own questions, each under its label. */
export function AnswersCard({ competition, entry }: { competition: Competition; entry: Entry }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const questions = competition.entryForm.questions;
  return (
    <Card title={t('entryAdmin.detail.answers')}>
      {questions.length === 0 ? (
        <p className={styles.muted}>{t('entryAdmin.detail.noQuestions')}</p>
      ) : (
        // Label above answer: a question's label can be a long sentence.
        <dl className={styles.stacked}>
          {questions.map((q) => (
            <div key={q.id}>
              <dt>{pickLocalized(language, q.label, q.labelEn)}</dt>
              <dd>
                <Answer question={q} value={entry.answers[q.id]} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </Card>
  );
}
