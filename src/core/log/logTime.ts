/**
 * When a command ran, as the run log writes it: "27/11/2026 14:05:09", local time, to the
 * second. The printed sheets show the minute (src/app/computedAt.ts); the log keeps the
 * seconds so that two runs in the same minute are still told apart.
 */
export function formatLogTime(d: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}
