/**
 * `Hội nghị` — the conference (docs/huong-dan-so-lieu.md, `Hội nghị`): an optional sheet of two
 * columns, `Mục` | `Nội dung`, like `Cấu hình`. Each item is found by its `Mục`
 * (src/core/words/format.ts, MEETING_ITEMS); a member's delegate by `Đại biểu <MÃ>` with the
 * member's code, name or alias. A `Nội dung` that is blank or only dots ("……", what the template
 * writes for hand filling) is not filled: the documents print dots for it.
 *
 * The members with a delegate are the members present: `Số thành viên dự họp` defaults to their
 * number (src/core/settings/defaults.ts), and a different number written there is an error
 * (src/core/read/readWorkbook.ts). An unknown `Mục` is a warning; a delegate of something that is
 * not a member is an error, since it would change the number present.
 */
import type { MeetingDelegate, MeetingInfo, MeetingPerson, MeetingText } from '../model';
import { cleanText, matchKey } from '../text';
import { DELEGATE_ITEM_WORD, MEETING_HEADERS as H, MEETING_ITEMS, type MeetingItem } from '../words/format';
import { cellText, errorText } from './cellValue';
import { findHeader, rowIsEmpty, rowKeyText, warnUnknownColumns, type HeaderSpec } from './headerRow';
import type { MemberLookup } from './memberLookup';
import { panelMembers, splitPerson } from './personText';
import type { ProblemSink } from './problemSink';
import type { SheetView } from './sheetView';

const SPEC: HeaderSpec = { required: [H.item, H.text], optional: [] };

const ITEM_BY_KEY = new Map<string, MeetingItem>((Object.keys(MEETING_ITEMS) as MeetingItem[]).map((item) => [matchKey(MEETING_ITEMS[item]), item]));
const DELEGATE_KEY = matchKey(DELEGATE_ITEM_WORD) + ' ';
const DELEGATE_WORDS = DELEGATE_ITEM_WORD.split(' ').length;

/** Blank, or dots and dashes only: left for hand filling. */
const UNFILLED = /^[\s.\u2026\u00b7_\-\u2013\u2014]*$/;

export interface MeetingRead {
  meeting: MeetingInfo;
  /** Grid cell of the first delegate row's `Mục` (where a conflict with `Số thành viên dự họp` is shown). */
  firstDelegate: { r: number; c: number } | null;
}

export function readMeeting(view: SheetView, lookup: MemberLookup, sink: ProblemSink): MeetingRead | null {
  const header = findHeader(view, SPEC, sink);
  if (!header) return null;
  warnUnknownColumns(view, header, sink);
  const cItem = header.cols.get(H.item) as number;
  const cText = header.cols.get(H.text) as number;

  const single: Partial<Record<MeetingItem, MeetingText>> = {};
  const lists: Record<'centralDelegate' | 'recipient', MeetingText[]> = { centralDelegate: [], recipient: [] };
  const delegates: MeetingDelegate[] = [];
  let firstDelegate: MeetingRead['firstDelegate'] = null;

  for (let r = header.row + 1; r < view.rowCount; r++) {
    if (rowIsEmpty(view, r, [cItem, cText])) continue;
    const itemText = rowKeyText(view, sink, r, cItem, { severity: 'warning', column: H.item, kind: 'meeting' });
    if (itemText === null) continue;
    const key = matchKey(itemText);
    const item = ITEM_BY_KEY.get(key);
    const isDelegate = item === undefined && key.startsWith(DELEGATE_KEY);
    if (item === undefined && !isDelegate) {
      sink.cell(view, r, cItem, 'warning', 'MEETING_ITEM_UNKNOWN', { item: itemText });
      continue;
    }
    const raw = view.get(r, cText);
    const err = errorText(raw);
    if (err !== null) {
      sink.cell(view, r, cText, 'error', 'VALUE_ERROR', { value: err });
      continue;
    }
    const text = typeof raw === 'number' && (item === 'start' || item === 'end') ? timeText(raw) : cleanText(cellText(raw));
    if (UNFILLED.test(text)) continue;
    const at: MeetingText = { text, cell: view.address(r, cText) };

    if (isDelegate) {
      const named = itemText.split(' ').slice(DELEGATE_WORDS).join(' ');
      const member = lookup.find(named);
      if (!member) {
        sink.cell(view, r, cItem, 'error', 'MEETING_DELEGATE_UNKNOWN', { value: named });
        continue;
      }
      delegates.push({ ...person(at), member: member.code });
      firstDelegate ??= { r, c: cItem };
    } else if (item === 'centralDelegate' || item === 'recipient') {
      lists[item].push(at);
    } else if (item !== undefined) {
      if (single[item]) sink.cell(view, r, cItem, 'warning', 'MEETING_ITEM_DUPLICATE', { item: MEETING_ITEMS[item] });
      else single[item] = at;
    }
  }
  const personOf = (t: MeetingText | undefined): MeetingPerson | null => (t ? person(t) : null);
  const withDelegate = new Set(delegates.map((d) => d.member));
  const panel = single.countingPanel;
  const meeting: MeetingInfo = {
    number: single.number ?? null,
    start: single.start ?? null,
    end: single.end ?? null,
    place: single.place ?? null,
    chair: personOf(single.chair),
    secretary: personOf(single.secretary),
    centralDelegates: lists.centralDelegate.map(person),
    delegates,
    countingPanel: panel ? { ...panel, members: panelMembers(panel.text) } : null,
    submissionSigner: personOf(single.submissionSigner),
    submissionNumber: single.submissionNumber ?? null,
    recipients: lists.recipient,
    present: lookup.members.filter((m) => withDelegate.has(m.code)).map((m) => m.code),
  };
  return { meeting, firstDelegate };
}

function person(t: MeetingText): MeetingPerson {
  return { ...t, ...splitPerson(t.text) };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A time typed as an Excel date (a serial number: days since 30/12/1899, the fraction the time of
 * day) as the minutes write it: "14 giờ 00, ngày 10/01/2023"; the date alone when there is no time,
 * the time alone when there is no date. Any other number is shown as it is.
 */
export function timeText(serial: number): string {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2958466) return String(serial);
  let days = Math.floor(serial);
  let minutes = Math.round((serial - days) * 1440);
  if (minutes === 1440) {
    days += 1;
    minutes = 0;
  }
  const time = `${pad(Math.floor(minutes / 60))} giờ ${pad(minutes % 60)}`;
  if (days === 0) return time;
  const d = new Date(Date.UTC(1899, 11, 30) + days * 86400000);
  const date = `ngày ${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  return minutes === 0 && serial === Math.floor(serial) ? date : `${time}, ${date}`;
}
