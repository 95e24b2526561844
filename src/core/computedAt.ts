/**
 * Times as the program prints them, local time: "27/11/2026 14:05" on the output sheets
 * (docs/tai-lieu-in.md), and "27/11/2026 14:05:09" in the run log, which keeps the seconds so that two
 * runs in the same minute are still told apart.
 */
const two = (n: number): string => String(n).padStart(2, '0');

export function formatComputedAt(d: Date): string {
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

export function formatLogTime(d: Date): string {
  return `${formatComputedAt(d)}:${two(d.getSeconds())}`;
}
