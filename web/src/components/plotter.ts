/**
 * uPlot and its stylesheet, in a chunk of their own: imported by `chart.tsx` only when a chart is
 * drawn, so the page's first load neither fetches nor parses the plotter (a cold story view spent
 * ≈ 280 ms starting its JavaScript before its first request; the timeline does not wait for it).
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export default uPlot;
