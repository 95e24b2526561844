/**
 * How `Hội nghị` writes a person (docs/huong-dan-so-lieu.md, `Hội nghị`): "Nguyễn Văn A — Phó Chủ
 * tịch UBND tỉnh Nghệ An, Cụm trưởng". A signature block needs the name and the title apart, so the
 * text is split at its first long dash (— or –); a text without one is split at its first hyphen
 * with a space on each side ("Lê Văn C - Ban Thi đua - Khen thưởng Trung ương"). Only the first
 * dash counts: titles often hold one ("Ban Thi đua - Khen thưởng"). A text with no dash at all is
 * taken as the name alone. The counting panel lists its members with ";" and a role in brackets:
 * "Nguyễn Văn E (Trưởng ban); Hồ Thị G; Đặng Văn H".
 */
import type { PanelMember } from '../model';
import { cleanText, splitList } from '../text';

const LONG_DASH = /\s*[\u2014\u2013]\s*/;
const SPACED_HYPHEN = /\s+-\s+/;

/** "Nguyễn Văn A — Phó Chủ tịch UBND tỉnh" → name "Nguyễn Văn A", title "Phó Chủ tịch UBND tỉnh". */
export function splitPerson(text: string): { name: string; title: string } {
  const t = cleanText(text);
  for (const dash of [LONG_DASH, SPACED_HYPHEN]) {
    const m = dash.exec(t);
    if (m && m.index > 0) return { name: t.slice(0, m.index).trim(), title: t.slice(m.index + m[0].length).trim() };
  }
  return { name: t, title: '' };
}

const ROLE_IN_BRACKETS = /^(.*?)\s*\(([^()]*)\)\s*$/;

/** The counting panel's members: "Nguyễn Văn E (Trưởng ban); Hồ Thị G" → [{E, Trưởng ban}, {G, ''}]. */
export function panelMembers(text: string): PanelMember[] {
  return splitList(text, /;/).map((item) => {
    const m = ROLE_IN_BRACKETS.exec(item);
    if (m && m[1].trim() !== '') return { name: m[1].trim(), role: m[2].trim() };
    const p = splitPerson(item);
    return { name: p.name, role: p.title };
  });
}
