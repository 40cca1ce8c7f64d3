import { useId, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Criterion } from '@/domain/model';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { CRITERION_COMMENT_MAX, parseScore } from './sheet-values';
import styles from './scoring.module.css';

interface CriterionFieldProps {
  criterion: Criterion;
  /** This criterion's share of the total weight, 0..1. */
  share: number;
  score: string;
  comment: string;
  /** Show "not scored yet" on a blank score (after a submit attempt). */
  showMissing: boolean;
  disabled: boolean;
  scoreRef: Ref<HTMLInputElement>;
  onScore: (text: string) => void;
  onComment: (text: string) => void;
  onBlur: () => void;
  /** Enter in the score: on to the next criterion (or the submit button). */
  onEnter: () => void;
}

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** One criterion of the rubric: what it means, its level guide, the score and a comment. */
export function CriterionField(props: CriterionFieldProps) {
  const { criterion: c, share, score, comment, showMissing, disabled, scoreRef } = props;
  const { t } = useTranslation();
  const { language } = useLanguage();
  const id = useId();
  const name = pickLocalized(language, c.name, c.nameEn);
  const description = pickLocalized(language, c.description, c.descriptionEn);
  const parsed = parseScore(score, c);
  const problem =
    parsed.kind === 'invalid'
      ? t(`scoring.rubric.problems.${parsed.problem}`, { max: c.max, step: c.step })
      : parsed.kind === 'empty' && showMissing
        ? t('scoring.rubric.problems.missing')
        : null;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    props.onEnter();
  };

  return (
    <section className={styles.criterion} aria-labelledby={`${id}-name`} data-criterion={c.id}>
      <div className={styles.criterionHead}>
        <h3 id={`${id}-name`} className={styles.criterionName}>
          {name}
        </h3>
        <p className={styles.criterionMeta}>
          <span>{t('scoring.rubric.weight', { share: percent(share) })}</span>
          <span>{t('scoring.rubric.max', { max: c.max })}</span>
          <span>{t('scoring.rubric.step', { step: c.step })}</span>
        </p>
      </div>
      {description && <p className={styles.text}>{description}</p>}
      {c.levels.length > 0 && (
        <div className={styles.levels}>
          <p className={styles.levelsTitle}>{t('scoring.rubric.levels')}</p>
          <ul>
            {c.levels.map((level, i) => (
              <li key={i}>
                <span className={styles.levelRange}>
                  {t('scoring.rubric.level', { min: level.min, max: level.max })}
                </span>
                <span>{pickLocalized(language, level.text, level.textEn)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className={styles.scoreRow}>
        <label className={styles.label} htmlFor={`${id}-score`}>
          {t('scoring.rubric.score', { name })}
        </label>
        <input
          ref={scoreRef}
          id={`${id}-score`}
          className={styles.scoreInput}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          enterKeyHint="next"
          placeholder={t('scoring.rubric.scorePlaceholder', { max: c.max })}
          value={score}
          disabled={disabled}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          data-testid={`score-${c.id}`}
          onChange={(e) => props.onScore(e.target.value)}
          onBlur={props.onBlur}
          onKeyDown={onKeyDown}
        />
        {problem && (
          <p id={`${id}-problem`} className={styles.error}>
            {problem}
          </p>
        )}
      </div>
      <div className={styles.commentRow}>
        <label className={styles.label} htmlFor={`${id}-comment`}>
          {t('scoring.rubric.comment', { name })}
        </label>
        <textarea
          id={`${id}-comment`}
          className={styles.textarea}
          rows={2}
          maxLength={CRITERION_COMMENT_MAX}
          value={comment}
          disabled={disabled}
          data-testid={`comment-${c.id}`}
          onChange={(e) => props.onComment(e.target.value)}
          onBlur={props.onBlur}
        />
      </div>
    </section>
  );
}
