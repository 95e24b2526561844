/**
 * The deadline printed on a member form (docs/phieu-cham.md): given when the forms are issued
 * (the command line's --deadline, the pane's date field), never read from the workbook — it
 * belongs to one issuing, and a form issued again for corrections gets a deadline of its own.
 */

/**
 * A deadline as the form prints it: "15/01/2023" from "15/01/2023", "15-1-2023" or "2023-01-15";
 * null when it is not a real date.
 */
export function parseDeadline(text: string): string | null {
  const t = text.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const [d, m, y] = dmy ? [dmy[1], dmy[2], dmy[3]] : ymd ? [ymd[3], ymd[2], ymd[1]] : [];
  if (y === undefined) return null;
  const date = new Date(Number(y), Number(m) - 1, Number(d));
  if (date.getFullYear() !== Number(y) || date.getMonth() !== Number(m) - 1 || date.getDate() !== Number(d)) return null;
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()}`;
}
