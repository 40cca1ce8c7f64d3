// ECharts, only what the fairness chart draws (tree-shaken: the core, the box
// plot, a grid, a tooltip, the canvas renderer). Imported on demand by
// judge-chart.tsx, so it is a chunk of its own that only this page loads.
import { BoxplotChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BoxplotChart, GridComponent, TooltipComponent, CanvasRenderer]);

export interface BoxplotInput {
  /** One short label per box (no user-entered text: see the tooltip below). */
  categories: string[];
  /** [min, q1, median, q3, max] per box. */
  boxes: [number, number, number, number, number][];
  /** The tooltip's text for box i. */
  describe: (index: number) => string;
  /** Colours: the panel's box first, then the judges'. */
  colors: { panel: string; judge: string; text: string };
}

function option(input: BoxplotInput, width: number) {
  // Slanted labels only where upright ones would not fit (a phone).
  const slanted = width / input.categories.length < 64;
  return {
    animation: false,
    grid: { left: 40, right: 12, top: 16, bottom: 48 },
    // Rendered on the canvas as text, never as HTML.
    tooltip: {
      trigger: 'item' as const,
      renderMode: 'richText' as const,
      formatter: (p: { dataIndex: number }) => input.describe(p.dataIndex),
    },
    xAxis: {
      type: 'category' as const,
      data: input.categories,
      axisLabel: { color: input.colors.text, interval: 0, rotate: slanted ? 40 : 0 },
    },
    yAxis: { type: 'value' as const, min: 0, max: 100, axisLabel: { color: input.colors.text } },
    series: [
      {
        type: 'boxplot' as const,
        data: input.boxes.map((value, i) => ({
          value,
          itemStyle: {
            color: '#ffffff',
            borderColor: i === 0 ? input.colors.panel : input.colors.judge,
            borderWidth: i === 0 ? 2 : 1.5,
          },
        })),
      },
    ],
  };
}

/**
 * Draws the box plot into `el`, following its size: on a resize (a phone
 * turned, a window narrowed) the labels are laid out again for the new
 * width, upright or slanted. Update and dispose are the caller's.
 */
export function mountBoxplot(el: HTMLElement, input: BoxplotInput) {
  const chart = echarts.init(el, undefined, { renderer: 'canvas' });
  let current = input;
  const draw = () => chart.setOption(option(current, el.clientWidth), { notMerge: true });
  draw();
  const observer = new ResizeObserver(() => {
    chart.resize();
    draw();
  });
  observer.observe(el);
  return {
    update: (next: BoxplotInput) => {
      current = next;
      draw();
    },
    dispose: () => {
      observer.disconnect();
      chart.dispose();
    },
  };
}
