import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { plainNumber, weightShares, weightTotal } from './numbers';
import type { RubricFormValues } from './rubric-values';
import styles from './editor.module.css';

/** Every criterion's weight, live (these small parts re-render on typing, not the whole form). */
function useWeights(): unknown[] {
  const { control } = useFormContext<RubricFormValues>();
  const criteria = useWatch({ control, name: 'criteria' });
  return (criteria ?? []).map((c) => c?.weight);
}

/** The weights' total; not 100 is fine (the engine uses shares), said calmly rather than as an error. */
export function WeightTotal() {
  const { t } = useTranslation();
  const weights = useWeights();
  if (weights.length === 0) return null;
  const total = weightTotal(weights);
  const shown = plainNumber(total);
  const is100 = Math.abs(total - 100) < 1e-9;
  return (
    <p className={styles.total} data-testid="weight-total">
      {is100 ? (
        <strong>{t('rubricEditor.total', { total: shown })}</strong>
      ) : (
        <span className={styles.totalNote}>{t('rubricEditor.totalNot100', { total: shown })}</span>
      )}
    </p>
  );
}

/** One criterion's share of 100, beside its name. */
export function WeightShare({ index }: { index: number }) {
  const { t } = useTranslation();
  const share = weightShares(useWeights())[index] ?? null;
  return (
    <span className={styles.share} data-testid="criterion-share">
      {share === null
        ? t('rubricEditor.criterion.noShare')
        : t('rubricEditor.criterion.share', { share: plainNumber(share) })}
    </span>
  );
}
