/**
 * Resolving what a person wrote for a member — its code, full name or an alias — to the member
 * (docs/huong-dan-so-lieu.md, `Thành viên`: aliases are accepted in score sheet headers and ballots).
 * The keys are built once from `Thành viên`; each lookup costs one matchKey.
 */
import type { Member } from '../model';
import { matchKey } from '../text';

export class MemberLookup {
  constructor(
    readonly members: readonly Member[],
    /** matchKey of every code, name and alias → index into members. */
    private readonly byKey: ReadonlyMap<string, number>,
  ) {}

  /** Index of the member a text names, or -1. */
  indexOf(text: unknown): number {
    return this.indexOfKey(matchKey(text));
  }

  indexOfKey(key: string): number {
    if (key === '') return -1;
    const i = this.byKey.get(key);
    return i === undefined ? -1 : i;
  }

  /** Member a text names, or null. */
  find(text: unknown): Member | null {
    const i = this.indexOf(text);
    return i < 0 ? null : this.members[i];
  }
}
