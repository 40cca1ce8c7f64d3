import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { NumberControl, TextControl } from './form-controls';
import { LevelRows } from './level-rows';
import { plainNumber } from './numbers';
import { RowTools } from './row-tools';
import type { RubricFormValues } from './rubric-values';
import { WeightShare } from './weight-total';
import styles from './editor.module.css';

interface CriterionRowProps {
  index: number;
  count: number;
  /** The field array's key of this row (stable while rows move). */
  rowKey: string;
  locked: boolean;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

/** One criterion: its names, weight (with its share), scale, descriptions and level guide. */
export function CriterionRow({ index, count, rowKey, locked, onMove, onRemove }: CriterionRowProps) {
  const { t } = useTranslation();
  const { control } = useFormContext<RubricFormValues>();
  const path = `criteria.${index}` as const;
  const [name, max, step] = useWatch({ control, name: [`${path}.name`, `${path}.max`, `${path}.step`] });
  const heading = t('rubricEditor.criterion.heading', { n: index + 1 });
  const label = [heading, typeof name === 'string' ? name.trim() : ''].filter(Boolean).join(' ');
  const scaleKnown = Number(max) > 0 && Number(step) > 0;

  return (
    <li className={styles.row} data-testid="criterion-row">
      <div className={styles.rowHeader}>
        <h3 className={styles.rowTitle}>
          <span>{label}</span>
          <WeightShare index={index} />
        </h3>
        {!locked && (
          <RowTools
            ns="rubricEditor"
            name={label}
            index={index}
            count={count}
            onMove={onMove}
            onRemove={onRemove}
            idPrefix={`criterion-${rowKey}`}
          />
        )}
      </div>
      <div className={[styles.grid, styles.criterionGrid].join(' ')}>
        <TextControl name={`${path}.name`} label={t('rubricEditor.criterion.name')} />
        <TextControl name={`${path}.nameEn`} label={t('rubricEditor.criterion.nameEn')} />
        <div className={styles.numbers}>
          <NumberControl name={`${path}.weight`} label={t('rubricEditor.criterion.weight')} />
          <NumberControl name={`${path}.max`} label={t('rubricEditor.criterion.max')} />
          <NumberControl name={`${path}.step`} label={t('rubricEditor.criterion.step')} />
        </div>
        <p className={[styles.preview, styles.wide].join(' ')} data-testid="criterion-preview">
          {scaleKnown
            ? t('rubricEditor.criterion.preview', { max: plainNumber(Number(max)), step: plainNumber(Number(step)) })
            : t('rubricEditor.criterion.previewPending')}
        </p>
        <TextControl
          name={`${path}.description`}
          label={t('rubricEditor.criterion.description')}
          className={styles.descZh}
          multiline
        />
        <TextControl
          name={`${path}.descriptionEn`}
          label={t('rubricEditor.criterion.descriptionEn')}
          className={styles.descEn}
          multiline
        />
      </div>
      <LevelRows criterion={index} locked={locked} />
    </li>
  );
}
