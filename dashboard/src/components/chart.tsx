import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import { useStore } from '../store.ts';
import { colorsVersion } from '../theme.ts';

export interface ChartProps {
  title: string;
  /** Seconds since the epoch, oldest first. */
  times: number[];
  values: number[];
  format: (value: number) => string;
  /** Shorter text for the axis ticks; `format` when absent. */
  formatTick?: (value: number) => string;
}

function cssColor(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';
}

/** One series over time, drawn by uPlot on a canvas; the figure's caption says it in words too. */
export function Chart({ title, times, values, format, formatTick = format }: ChartProps) {
  const holder = useRef<HTMLDivElement>(null);
  const colors = useStore(colorsVersion);

  useEffect(() => {
    const element = holder.current;
    if (!element || times.length === 0) return;
    const axis = { stroke: cssColor('--text-muted'), grid: { stroke: cssColor('--border') }, ticks: { stroke: cssColor('--border') } };
    const plot = new uPlot(
      {
        width: Math.max(element.clientWidth, 200),
        height: 180,
        legend: { show: false },
        cursor: { show: true, drag: { x: false, y: false } },
        scales: { x: { time: true } },
        axes: [axis, { ...axis, size: 80, values: (_u, ticks) => ticks.map(formatTick) }],
        series: [
          {},
          {
            label: title,
            stroke: cssColor('--accent'),
            fill: `${cssColor('--accent')}33`,
            width: 2,
            points: { show: times.length < 60 },
            value: (_u, value) => (value == null ? '—' : format(value)),
          },
        ],
      },
      [times, values],
      element,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(element.clientWidth, 200), height: 180 }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [times, values, title, format, formatTick, colors]);

  const last = values.at(-1);
  return (
    <figure class="chart">
      <figcaption>
        <strong>{title}</strong>
        <span class="muted">
          {times.length === 0 ? ' no runs yet' : ` latest ${format(last ?? 0)}, ${times.length} point${times.length === 1 ? '' : 's'}`}
        </span>
      </figcaption>
      <div ref={holder} class="chart-canvas" role="img" aria-label={`${title} over time`} />
    </figure>
  );
}
