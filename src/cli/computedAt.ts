/** "27/11/2026 14:05": when the results were computed, in local time, as the sheets print it. */
export function formatComputedAt(d: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
