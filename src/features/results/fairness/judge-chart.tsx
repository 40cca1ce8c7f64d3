import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FairnessReport, FiveNumbers } from '@/domain/fairness';
import { Card } from '@/components/ui/card';
import type { PreviewLabels } from '../hooks/use-labels';
import type { BoxplotInput } from './echarts-boxplot';
import styles from './fairness.module.css';

interface JudgeChartProps {
  report: FairnessReport;
  judgeNumbers: ReadonlyMap<string, number>;
  labels: PreviewLabels;
  /** The table listing the same values: the chart's text alternative. */
  describedBy: string;
}

const box = (s: FiveNumbers): [number, number, number, number, number] => [s.min, s.q1, s.median, s.q3, s.max];

/** The page's colours, read from its CSS variables so the chart matches the theme. */
function themeColors(el: HTMLElement): BoxplotInput['colors'] {
  const css = getComputedStyle(el);
  const read = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    panel: read('--color-warning', '#b45309'),
    judge: read('--color-primary', '#1d4ed8'),
    text: read('--color-text-muted', '#555'),
  };
}

/**
 * A box plot of each judge's sheet totals beside the whole panel's (Apache
 * ECharts, loaded on demand: its chunk downloads only when this page shows
 * a chart). For screen readers the canvas is an image whose description
 * points to the table above, which lists every value drawn.
 */
export function JudgeChart({ report, judgeNumbers, labels, describedBy }: JudgeChartProps) {
  const { t } = useTranslation();
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<{ update: (input: BoxplotInput) => void; dispose: () => void } | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  // Short labels only (评委 n): names are user-entered text, and the table names them.
  const input = (host: HTMLElement): BoxplotInput => {
    const categories = [t('fairness.chart.panelShort')];
    const rows = [{ name: t('fairness.judges.panel'), summary: report.panel.summary! }];
    for (const j of report.judges) {
      const n = judgeNumbers.get(j.judgeId) ?? 0;
      categories.push(t('fairness.chart.judgeShort', { n }));
      rows.push({ name: t('results.judgeN', { n }), summary: j.summary });
    }
    return {
      categories,
      boxes: rows.map((r) => box(r.summary)),
      describe: (i) => {
        const r = rows[i]!;
        const s = r.summary;
        return t('fairness.chart.tooltip', {
          name: r.name,
          min: labels.score(s.min),
          q1: labels.score(s.q1),
          median: labels.score(s.median),
          q3: labels.score(s.q3),
          max: labels.score(s.max),
        });
      },
      colors: themeColors(host),
    };
  };
  // The effects below draw with the latest render's input (not a stale closure).
  const latest = useRef(input);
  useEffect(() => {
    latest.current = input;
  });

  useEffect(() => {
    let active = true;
    import('./echarts-boxplot')
      .then(({ mountBoxplot }) => {
        if (!active || !el.current) return;
        chart.current = mountBoxplot(el.current, latest.current(el.current));
        setState('ready');
      })
      .catch(() => active && setState('failed'));
    return () => {
      active = false;
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (chart.current && el.current) chart.current.update(latest.current(el.current));
  }, [report, labels.language]);

  return (
    <Card title={t('fairness.chart.title')}>
      {state === 'loading' && <p className={styles.muted}>{t('fairness.chart.loading')}</p>}
      {state === 'failed' && <p className={styles.muted}>{t('fairness.chart.failed')}</p>}
      <div
        ref={el}
        className={styles.chart}
        role="img"
        aria-label={t('fairness.chart.label')}
        aria-describedby={describedBy}
        data-testid="judge-chart"
        hidden={state === 'failed'}
      />
    </Card>
  );
}
