/**
 * Member names as every output shows them — documents, messages, the pane, the command line:
 * always the full `Tên đơn vị` with its diacritics ("Tỉnh Nghệ An"), looked up by code; the short
 * form (without "Tỉnh"/"Thành phố") only where a narrow column header needs it.
 */
import type { Member, ParsedWorkbook } from './model';
import { cleanText } from './text';

export class MemberNames {
  private readonly byCode = new Map<string, Member>();

  constructor(members: readonly Member[]) {
    for (const m of members) this.byCode.set(m.code, m);
  }

  member(code: string): Member | undefined {
    return this.byCode.get(code);
  }

  /** Full name; the code itself when the code is unknown (never an empty cell). */
  name(code: string): string {
    return this.byCode.get(code)?.name ?? code;
  }

  /** "Tỉnh Hà Tĩnh, Tỉnh Quảng Bình". */
  list(codes: readonly string[]): string {
    return codes.map((c) => this.name(c)).join(', ');
  }

  /** The full name of each code. */
  names(codes: readonly string[]): string[] {
    return codes.map((c) => this.name(c));
  }
}

/** The names of a workbook's members (none when it could not be read). */
export function memberNames(workbook: Pick<ParsedWorkbook, 'members'> | null | undefined): MemberNames {
  return new MemberNames(workbook?.members ?? []);
}

const UNIT_PREFIX = /^(tỉnh|thành phố|tp\.?)\s+/iu;

/** "Tỉnh Thừa Thiên Huế" → "Thừa Thiên Huế"; "Thành phố Huế" → "Huế". */
export function shortMemberName(name: string): string {
  const clean = cleanText(name);
  const short = clean.replace(UNIT_PREFIX, '');
  return short.length > 0 ? short : clean;
}
