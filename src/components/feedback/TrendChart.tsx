/** The 30-day trend as a uPlot line chart (Yes and No per day), sized to its container. */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';

interface Props {
  days: string[];
  yes: number[];
  no: number[];
}

export function TrendChart({ days, yes, no }: Props) {
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const text = getComputedStyle(el).color;
    const axis = { stroke: text, grid: { stroke: 'rgba(128,128,128,0.25)' }, ticks: { stroke: 'rgba(128,128,128,0.4)' } };
    const data: uPlot.AlignedData = [days.map((d) => Date.parse(`${d}T00:00:00Z`) / 1000), yes, no];
    const chart = new uPlot(
      {
        width: Math.max(el.clientWidth, 260),
        height: 220,
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
        scales: { y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
        axes: [axis, { ...axis, values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? String(v) : '')) }],
        series: [{}, { label: 'Yes', stroke: '#15803d', width: 2 }, { label: 'No', stroke: '#b91c1c', width: 2, dash: [6, 4] }],
      },
      data,
      el,
    );
    const resize = new ResizeObserver(() => chart.setSize({ width: Math.max(el.clientWidth, 260), height: 220 }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [days, yes, no]);

  return <div ref={box} className="dash__chart" role="img" aria-label={`Votes per day: ${yes.reduce((a, b) => a + b, 0)} yes and ${no.reduce((a, b) => a + b, 0)} no in this period. The table below has the numbers.`} />;
}
