import { useTranslation } from 'react-i18next';
import type { AssignStrategy } from '../api/assign-round';
import styles from './assignment.module.css';

const labels = {
  engine: ['assignment.strategy.engine', 'assignment.strategy.engineHint'],
  'every-judge': ['assignment.strategy.everyJudge', 'assignment.strategy.everyJudgeHint'],
} as const satisfies Record<AssignStrategy, readonly [string, string]>;

/** The engine, or (roadshow rounds) every judge on every entry: radio cards. */
export function StrategyField({
  options,
  value,
  onChange,
}: {
  options: AssignStrategy[];
  value: AssignStrategy;
  onChange: (strategy: AssignStrategy) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{t('assignment.strategy.legend')}</legend>
      <div className={styles.strategies}>
        {options.map((strategy) => {
          const [label, hint] = labels[strategy];
          return (
            <label key={strategy} className={styles.strategy}>
              <input
                type="radio"
                name="assign-strategy"
                value={strategy}
                checked={value === strategy}
                onChange={() => onChange(strategy)}
              />
              <span className={styles.strategyText}>
                <span className={styles.strategyLabel}>{t(label)}</span>
                <span className={styles.muted}>{t(hint)}</span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
