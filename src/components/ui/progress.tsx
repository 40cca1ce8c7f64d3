import styles from './surface.module.css';

interface ProgressProps {
  value: number;
  max: number;
  /** Accessible name of the bar. */
  label: string;
  /** Visible text, e.g. "12 of 40 submitted". */
  text: string;
}

export function Progress({ value, max, label, text }: ProgressProps) {
  const ratio = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  return (
    <div className={styles.progress}>
      <p>{text}</p>
      <div
        className={styles.track}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        aria-valuetext={text}
      >
        <div className={styles.fill} style={{ width: `${ratio * 100}%` }} />
      </div>
    </div>
  );
}
