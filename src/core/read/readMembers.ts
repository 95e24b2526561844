/**
 * `Thành viên` (docs/huong-dan-so-lieu.md): one row per member — code, full name, aliases, whether it
 * signed the covenant, and a reason it cannot be nominated. Codes, names and aliases must stay
 * distinct after matchKey, since any of them may name the member elsewhere.
 */
import type { Member } from '../model';
import { cleanText, matchKey, splitList } from '../text';
import { cellText, errorText, showValue } from './cellValue';
import { findHeader, rowIsEmpty, rowKeyText, warnUnknownColumns, type HeaderSpec } from './headerRow';
import { MemberLookup } from './memberLookup';
import { MEMBER_HEADERS as H } from '../words/format';
import type { ProblemSink } from './problemSink';
import type { SheetView } from './sheetView';
import { readYesNo } from './yesNo';

const SPEC: HeaderSpec = { required: [H.code, H.name], optional: [H.aliases, H.signed, H.ineligible] };

/** A member code: 1–12 letters (Vietnamese letters such as “Đ” included), digits, “_” or “-”. */
export const MEMBER_CODE = /^[\p{L}\p{N}_-]{1,12}$/u;

/**
 * The valid code closest to one that is not: the same letters and digits without what a code may
 * not hold (spaces, dots, slashes…), cut to 12 — “Đ.L” → “ĐL”, “N A” → “NA”; null when nothing
 * usable is left. Offered in the message of MEMBER_CODE_INVALID and by the new-workbook form.
 */
export function suggestMemberCode(code: string): string | null {
  const kept = cleanText(code).replace(/[^\p{L}\p{N}_-]+/gu, '').slice(0, 12);
  return kept !== '' && kept !== code && MEMBER_CODE.test(kept) ? kept : null;
}
export const MIN_MEMBERS = 2;
export const MAX_MEMBERS = 100;

type KeyKind = 'code' | 'name' | 'alias';

export function readMembers(view: SheetView, sink: ProblemSink): MemberLookup | null {
  const header = findHeader(view, SPEC, sink);
  if (!header) return null;
  warnUnknownColumns(view, header, sink);
  const cCode = header.cols.get(H.code) as number;
  const cName = header.cols.get(H.name) as number;
  const cAliases = header.cols.get(H.aliases) ?? -1;
  const cSigned = header.cols.get(H.signed) ?? -1;
  const cIneligible = header.cols.get(H.ineligible) ?? -1;
  const used = [...header.cols.values()];

  const members: Member[] = [];
  const owner = new Map<string, { index: number; kind: KeyKind }>();

  for (let r = header.row + 1; r < view.rowCount; r++) {
    if (rowIsEmpty(view, r, used)) continue;
    const codeText = rowKeyText(view, sink, r, cCode, { severity: 'error', column: H.code, kind: 'members' });
    if (codeText === null) continue;
    const code: string = codeText;
    const codeKey = matchKey(code);
    const taken = owner.get(codeKey);
    if (taken) {
      // A second member with the same code would make every later reference ambiguous: it is
      // left out (the error blocks ranking anyway).
      const other = members[taken.index];
      if (taken.kind === 'code') sink.cell(view, r, cCode, 'error', 'MEMBER_CODE_DUPLICATE', { code }, { member: code });
      else sink.cell(view, r, cCode, 'error', 'MEMBER_ALIAS_COLLISION', { text: code, other: other.name }, { member: code });
      continue;
    }
    if (!MEMBER_CODE.test(code)) {
      const suggestion = suggestMemberCode(code);
      sink.cell(view, r, cCode, 'error', 'MEMBER_CODE_INVALID', suggestion === null ? { code } : { code, suggestion }, { member: code });
    }

    const index = members.length;
    owner.set(codeKey, { index, kind: 'code' });

    let name = '';
    const rawName = view.get(r, cName);
    const nameError = errorText(rawName);
    if (nameError !== null) sink.cell(view, r, cName, 'error', 'VALUE_ERROR', { value: nameError }, { member: code });
    else name = cleanText(cellText(rawName));
    if (name === '') {
      if (nameError === null) sink.cell(view, r, cName, 'error', 'MEMBER_NAME_MISSING', { code }, { member: code });
      name = code;
    } else {
      claim(matchKey(name), 'name', name, r, cName);
    }

    const aliases: string[] = [];
    if (cAliases >= 0) {
      const raw = view.get(r, cAliases);
      const err = errorText(raw);
      if (err !== null) sink.cell(view, r, cAliases, 'error', 'VALUE_ERROR', { value: err }, { member: code });
      else
        for (const alias of splitList(cellText(raw), /[;,]/)) {
          aliases.push(alias);
          claim(matchKey(alias), 'alias', alias, r, cAliases);
        }
    }

    let signedCovenant = true;
    if (cSigned >= 0) {
      const raw = view.get(r, cSigned);
      const yes = readYesNo(raw);
      if (yes === 'error') sink.cell(view, r, cSigned, 'error', 'VALUE_ERROR', { value: showValue(raw) }, { member: code });
      else if (yes === 'invalid')
        sink.cell(view, r, cSigned, 'error', 'YES_NO_INVALID', { value: showValue(raw), column: H.signed }, { member: code });
      else if (yes !== null) signedCovenant = yes;
    }

    let ineligibleReason: string | null = null;
    if (cIneligible >= 0) {
      const raw = view.get(r, cIneligible);
      const err = errorText(raw);
      if (err !== null) sink.cell(view, r, cIneligible, 'error', 'VALUE_ERROR', { value: err }, { member: code });
      else {
        const text = cleanText(cellText(raw));
        if (text !== '') ineligibleReason = text;
      }
    }

    members.push({ code, name, aliases, signedCovenant, ineligibleReason, index, cell: view.address(r, cCode) });

    // Registers a name or alias of this member; reports it when it already names another one.
    function claim(key: string, kind: KeyKind, text: string, row: number, col: number): void {
      if (key === '') return;
      const prev = owner.get(key);
      if (!prev) {
        owner.set(key, { index, kind });
        return;
      }
      if (prev.index === index) return; // e.g. the alias "NA" of the member coded NA
      const other = members[prev.index];
      if (kind === 'name' && prev.kind === 'name') sink.cell(view, row, col, 'error', 'MEMBER_NAME_DUPLICATE', { name: text }, { member: code });
      else sink.cell(view, row, col, 'error', 'MEMBER_ALIAS_COLLISION', { text, other: other.name }, { member: code });
    }
  }

  if (members.length < MIN_MEMBERS || members.length > MAX_MEMBERS)
    sink.sheet(view, 'error', 'MEMBER_COUNT', { count: members.length, min: MIN_MEMBERS, max: MAX_MEMBERS });

  const byKey = new Map<string, number>();
  for (const [key, o] of owner) byKey.set(key, o.index);
  return new MemberLookup(members, byKey);
}
