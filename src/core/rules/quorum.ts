/**
 * The quorum of the vote (docs/quy-tac-tinh-diem.md, "Bỏ phiếu"): at least two thirds of the
 * members, rounded up, must be present. The reader checks it before counting ballots; the results
 * and the documents report it.
 */
export interface Quorum {
  present: number;
  members: number;
  /** ⌈2/3 × members⌉. */
  required: number;
  met: boolean;
}

export function quorumOf(present: number, members: number): Quorum {
  const required = Math.ceil((2 * members) / 3);
  return { present, members, required, met: present >= required };
}
