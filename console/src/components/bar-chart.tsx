import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface BarChartProps {
  readonly title: string;
  /** One bar per label, in order. */
  readonly labels: readonly string[];
  readonly values: readonly number[];
  readonly unit: string;
  readonly width?: number;
  readonly height?: number;
}

/** Bars drawn by uPlot (its bars path builder), labelled on the x axis by name: the console draws no chart itself. */
export function BarChart({ title, labels, values, unit, width = 640, height = 260 }: BarChartProps) {
  const target = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!target.current) return undefined;
    const bars = uPlot.paths.bars?.({ size: [0.6, 60] });
    const plot = new uPlot({
      title, width, height,
      scales: { x: { time: false, range: [-0.5, labels.length - 0.5] } },
      axes: [
        { values: (_u, splits) => splits.map((split) => labels[split] ?? '') },
        { label: unit },
      ],
      series: [{}, { label: unit, fill: 'rgba(40, 100, 200, 0.6)', stroke: 'rgb(40, 100, 200)', ...(bars ? { paths: bars } : {}), points: { show: false } }],
    }, [labels.map((_label, index) => index), [...values]], target.current);
    return () => plot.destroy();
  }, [title, labels, values, unit, width, height]);
  return <div class="chart" ref={target} />;
}
