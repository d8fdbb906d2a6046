import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface LineChartProps {
  readonly title: string;
  /** x values: ms since the epoch. */
  readonly times: readonly number[];
  /** One value per time; null is drawn as a gap, never bridged. */
  readonly values: readonly (number | null)[];
  readonly label: string;
  readonly width?: number;
  readonly height?: number;
}

/** A time series drawn by uPlot, gaps left open (spanGaps off): the console draws no chart itself. */
export function LineChart({ title, times, values, label, width = 640, height = 260 }: LineChartProps) {
  const target = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!target.current) return undefined;
    const plot = new uPlot({
      title, width, height,
      series: [{}, { label, stroke: 'rgb(40, 100, 200)', width: 2, spanGaps: false }],
    }, [times.map((ms) => ms / 1000), [...values]], target.current);
    return () => plot.destroy();
  }, [title, times, values, label, width, height]);
  return <div class="chart" ref={target} />;
}
