/**
 * The people who sign the documents (docs/tai-lieu-in.md "Phần ký"): the conference's chair and
 * secretary, the counting panel's head and members, the signer of the submission. Their names
 * come from the `Hội nghị` sheet; a person the workbook does not name prints as a dotted line,
 * never as a member's name.
 */

import type { MeetingInfo, MeetingPerson } from '../model';

export interface PersonRef {
  /** Full name, as it prints under the signature: "Nguyễn Văn A". */
  name: string;
  /** Office, when given: "Phó Chủ tịch UBND tỉnh Nghệ An, Cụm trưởng" ('' when none). */
  title: string;
}

export interface DocumentPeople {
  chair: PersonRef | null;
  secretary: PersonRef | null;
  countingHead: PersonRef | null;
  countingMembers: PersonRef[];
  submissionSigner: PersonRef | null;
}

/** Nobody named: every signature block prints a dotted line. */
export const NO_PEOPLE: DocumentPeople = {
  chair: null,
  secretary: null,
  countingHead: null,
  countingMembers: [],
  submissionSigner: null,
};

/**
 * The signers as the `Hội nghị` sheet names them (src/core/read/readMeeting.ts). The counting
 * panel's head is the member whose role says "Trưởng ban", else the first one listed; a sheet
 * that is missing or names nobody gives dotted lines.
 */
export function peopleFromMeeting(meeting: MeetingInfo | null): DocumentPeople {
  if (!meeting) return NO_PEOPLE;
  const person = (p: MeetingPerson | null): PersonRef | null => (p && p.name ? { name: p.name, title: p.title } : null);
  const panel = (meeting.countingPanel?.members ?? []).filter((m) => m.name !== '');
  const headIndex = Math.max(
    0,
    panel.findIndex((m) => /trưởng ban/i.test(m.role)),
  );
  const head = panel[headIndex] ?? null;
  return {
    chair: person(meeting.chair),
    secretary: person(meeting.secretary),
    countingHead: head ? { name: head.name, title: head.role } : null,
    countingMembers: panel.filter((_, i) => i !== headIndex).map((m) => ({ name: m.name, title: m.role })),
    submissionSigner: person(meeting.submissionSigner),
  };
}
