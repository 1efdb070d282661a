import { useMemo } from 'preact/hooks';
import { formatBytes, formatCount, formatDuration, formatDurationShort } from '../format.ts';
import type { HistoryPointsFragment } from '../generated/graphql.ts';
import { Chart } from './chart.tsx';

/** The four charts of a job or server page, from its `history` points. */
export function HistoryCharts({ points }: { points: readonly HistoryPointsFragment[] }) {
  const series = useMemo(
    () => ({
      times: points.map((point) => new Date(point.startAt).getTime() / 1000),
      uploaded: points.map((point) => point.uploadedSize),
      stored: points.map((point) => point.storageSize),
      duration: points.map((point) => point.durationMilliseconds / 1000),
      files: points.map((point) => point.fileCount),
    }),
    [points],
  );
  return (
    <section aria-labelledby="charts-title">
      <h2 id="charts-title">Over time</h2>
      <div class="charts">
        <Chart title="Uploaded" times={series.times} values={series.uploaded} format={formatBytes} />
        <Chart title="Stored at destination" times={series.times} values={series.stored} format={formatBytes} />
        <Chart title="Duration" times={series.times} values={series.duration} format={formatDuration} formatTick={formatDurationShort} />
        <Chart title="Files" times={series.times} values={series.files} format={formatCount} />
      </div>
    </section>
  );
}
