/**
 * The conference's facts as the documents print them (docs/tai-lieu-in.md "Hồ sơ Hội nghị"): what
 * `Hội nghị` gives, or dots for the secretary to write in by hand when it does not. Members are
 * named as `Thành viên` writes them; a member with no delegate row is absent.
 */
import type { MeetingInfo, MeetingPerson, MeetingText } from '../model';
import type { ResultInputs } from './documentInputs';
import { DOTS } from './headerBlock';
import { countText } from './wording';

/** A fact as written, or dots. */
export function factText(t: MeetingText | null | undefined): string {
  const text = t?.text.trim() ?? '';
  return text === '' ? DOTS : text;
}

/** "Nguyễn Văn A — Phó Chủ tịch UBND tỉnh Nghệ An", as `Hội nghị` writes the person; dots when missing. */
export function personText(p: MeetingPerson | null | undefined): string {
  if (!p || p.name === '') return DOTS;
  return p.title === '' ? p.name : `${p.name} — ${p.title}`;
}

export interface Attendance {
  /** One line per central delegate ([] when none is named). */
  central: string[];
  /** One line per member, in `Thành viên` order: "Tỉnh Thanh Hóa: Phạm Văn D — …" or "…: vắng mặt". */
  members: string[];
  /** "06/06". */
  presentLine: string;
}

/**
 * Who attended. Members present are those with a delegate row; when the sheet names no delegate,
 * `Số thành viên dự họp` gives the count and each member's line is left in dots.
 */
export function attendance(x: ResultInputs): Attendance {
  const meeting: MeetingInfo | null = x.workbook.meeting;
  const total = x.workbook.members.length;
  const present = x.results.nomination.quorum.present;
  const delegates = meeting?.delegates ?? [];
  const named = delegates.length > 0;
  const members = x.workbook.members.map((m) => {
    const own = delegates.filter((d) => d.member === m.code);
    if (!named) return `${m.name}: ${DOTS}`;
    return `${m.name}: ${own.length > 0 ? own.map(personText).join('; ') : 'vắng mặt'}`;
  });
  return {
    central: (meeting?.centralDelegates ?? []).map(personText),
    members,
    presentLine: `${countText(present)}/${countText(total)}`,
  };
}
