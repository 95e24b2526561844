/**
 * The people who sign the documents (docs/tai-lieu-in.md "Phần ký"): the conference's chair and
 * secretary, the counting panel's head and members, the signer of the submission. Their names
 * come from the `Hội nghị` sheet; a person the workbook does not name prints as a dotted line,
 * never as a member's name.
 */

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
