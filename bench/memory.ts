/** Peak resident memory while a piece of work runs, sampled every 20 ms (RSS includes WASM and native heaps). */
export async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakRssMb: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, peakRssMb: peak / 1024 ** 2 };
  } finally {
    clearInterval(timer);
  }
}
