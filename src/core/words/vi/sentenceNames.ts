/**
 * Member names inside Vietnamese sentences (docs/tai-lieu-in.md, wording): the leading
 * administrative noun of a unit's name is written in lower case inside a sentence — "đề nghị tặng
 * tỉnh Nghệ An", "thành phố Huế" — while a table cell keeps the name as `Thành viên` writes it
 * ("Tỉnh Nghệ An"). Only the nouns of administrative units are lowered; a ministry or an agency
 * ("Bộ Công an", "Ủy ban …") keeps its capital, as its name is a proper name from the first word.
 */
import { cleanText, matchKey } from '../../text';

/** The administrative nouns, longest first (two-word nouns before their first word). */
const UNIT_NOUNS = ['thành phố', 'thị xã', 'thị trấn', 'đặc khu', 'tỉnh', 'huyện', 'quận', 'xã', 'phường'].map((n) => matchKey(n));

/** "Tỉnh Nghệ An" → "tỉnh Nghệ An"; "Thành Phố Huế" → "thành phố Huế"; "Bộ Công an" unchanged. */
export function memberInSentence(name: string): string {
  const clean = cleanText(name);
  const words = clean.split(' ');
  for (const noun of UNIT_NOUNS) {
    const n = noun.split(' ').length;
    if (words.length > n && matchKey(words.slice(0, n).join(' ')) === noun) return [...words.slice(0, n).map((w) => w.toLowerCase()), ...words.slice(n)].join(' ');
  }
  return clean;
}
