/** The date and time printed on the output sheets: "dd/mm/yyyy HH:MM", local time (documents.md). */
export function formatComputedAt(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
