/**
 * A small time-series chart drawn by uPlot (a 22 KB gzip canvas plotter; see web/README.md), loaded
 * when the first chart is drawn (plotter.ts). The data is also given as a visually hidden table so
 * the chart has a text equivalent, there from the first render.
 */
import { useEffect, useRef } from 'preact/hooks';

const loadPlotter = () => import('./plotter.ts').then((m) => m.default);

export interface Series { label: string; values: number[]; color: string }

export function DayChart({ title, days, series, height = 140 }: { title: string; days: string[]; series: Series[]; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element || days.length === 0) return;
    const xs = days.map((d) => Date.parse(`${d.slice(0, 10)}T12:00:00Z`) / 1000);
    let plot: { destroy(): void } | null = null;
    let removed = false;
    void loadPlotter().then((uPlot) => {
      if (removed) return; // the chart left the page while its plotter loaded
      plot = new uPlot(
        {
          width: Math.max(240, Math.min(720, element.clientWidth || 480)),
          height,
          legend: { show: series.length > 1 },
          axes: [{}, { size: 40 }],
          series: [{}, ...series.map((s) => ({ label: s.label, stroke: s.color, width: 2, points: { show: true } }))],
        },
        [xs, ...series.map((s) => s.values)],
        element,
      );
    });
    return () => {
      removed = true;
      plot?.destroy();
    };
  }, [days.join(','), series.map((s) => s.values.join(',')).join('|')]);
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <div ref={box} aria-hidden="true" />
      <table class="visually-hidden">
        <caption>{title}</caption>
        <thead><tr><th scope="col">day</th>{series.map((s) => <th scope="col" key={s.label}>{s.label}</th>)}</tr></thead>
        <tbody>{days.map((d, i) => <tr key={d}><th scope="row">{d}</th>{series.map((s) => <td key={s.label}>{s.values[i]}</td>)}</tr>)}</tbody>
      </table>
    </figure>
  );
}

/** A row of bars for the stories list: cheap enough to draw for every story (no canvas). */
export function Sparkline({ counts, label }: { counts: readonly number[]; label: string }) {
  const max = Math.max(1, ...counts);
  return (
    <span class="sparkline" role="img" aria-label={label}>
      {counts.map((n, i) => <span key={i} class="spark-bar" style={{ height: `${Math.round((n / max) * 100)}%` }} />)}
    </span>
  );
}
