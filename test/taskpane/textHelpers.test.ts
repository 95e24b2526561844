/** @jest-environment jsdom */
/** The pane's small text helpers: language, numbers (the core's formatters), error sentences, the strings tables. */
import * as fs from 'fs';
import * as path from 'path';
import { webVi } from '../../src/web/strings';
import { PortError } from '../../src/core/port';
import { errorText } from '../../src/taskpane/errorText';
import { asPercent, formatPercent, formatPoints } from '../../src/core/hundredths';
import { detectLang } from '../../src/taskpane/lang';
import { en } from '../../src/taskpane/strings/en';
import { vi } from '../../src/taskpane/strings/vi';

describe('the UI language follows Office’s display language', () => {
  test('"vi-VN" → Vietnamese; "en-US", "fr-FR" → English; unknown → Vietnamese', () => {
    expect(detectLang('vi-VN')).toBe('vi');
    expect(detectLang('VI')).toBe('vi');
    expect(detectLang('en-US')).toBe('en');
    expect(detectLang('fr-FR')).toBe('en');
    expect(detectLang('')).toBe('vi');
    expect(detectLang(undefined)).toBe('vi');
  });
});

describe('numbers: decimal comma in Vietnamese, dot in English', () => {
  test('points from hundredths', () => {
    expect(formatPoints(9550, 'vi')).toBe('95,50');
    expect(formatPoints(9550, 'en')).toBe('95.50');
    expect(formatPoints(5, 'vi')).toBe('0,05');
    expect(formatPoints(-50, 'vi')).toBe('-0,50');
  });

  test('percent from hundredths of a percent', () => {
    expect(formatPercent(asPercent(8333), 'vi', 'fixed')).toBe('83,33%');
    expect(formatPercent(asPercent(6667), 'en', 'fixed')).toBe('66.67%');
    expect(formatPercent(asPercent(5000), 'en')).toBe('50%');
  });
});

describe('error sentences', () => {
  const e = new PortError('editing', 'Ô đang được sửa; hãy nhấn Enter rồi thử lại.', 'A cell is being edited; press Enter and try again.');

  test('a PortError in the UI language', () => {
    expect(errorText(e, 'vi', vi)).toBe('Ô đang được sửa; hãy nhấn Enter rồi thử lại.');
    expect(errorText(e, 'en', en)).toBe('A cell is being edited; press Enter and try again.');
  });

  test('a PortError from another copy of the class is still recognised by its shape', () => {
    const copy = Object.assign(new Error('x'), { name: 'PortError', vi: 'Câu tiếng Việt.', en: 'English sentence.' });
    expect(errorText(copy, 'vi', vi)).toBe('Câu tiếng Việt.');
  });

  test('anything else: the generic sentence', () => {
    expect(errorText(new Error('GeneralException at line 12'), 'vi', vi)).toBe(vi.unexpectedError);
    expect(errorText('boom', 'en', en)).toBe(en.unexpectedError);
  });
});

describe('the strings tables', () => {
  // The type makes a missing key a compile error; this also catches an empty text.
  function leaves(o: object, path = ''): [string, unknown][] {
    return Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? leaves(v, `${path}${k}.`) : [[`${path}${k}`, v]]));
  }

  test('same keys in both languages, no empty text', () => {
    const viKeys = leaves(vi).map(([k]) => k);
    expect(leaves(en).map(([k]) => k)).toEqual(viKeys);
    for (const [k, v] of [...leaves(vi), ...leaves(en)]) {
      if (typeof v === 'string') expect(`${k}: ${v.trim()}`).not.toBe(`${k}: `);
    }
  });

  test('Vietnamese texts are Vietnamese', () => {
    expect(vi.stale).toBe('Số liệu đã thay đổi sau lần xếp hạng gần nhất — hãy xếp hạng lại.');
    expect(vi.check.allMembers).toBe('Tất cả đơn vị');
    expect(vi.check.highlight).toBe('Tô màu ô lỗi trong sổ');
    expect(vi.settings.isDefault).toBe('(mặc định)');
  });

  // Issue 13, finding 10: one word for a view of the pane, "thẻ", in the pane, the file mode and the
  // Vietnamese half of the README and the docs (English says "tab").
  test('Vietnamese says "thẻ", never "tab", in the pane, the file mode and the README', () => {
    // A text made by a function is checked in its source: the words are there as written.
    const texts = (o: object): string[] => leaves(o).map(([, v]) => String(v));
    const said = [...texts(vi), ...texts(webVi)];
    expect(said.filter((x) => /\btab\b/i.test(x))).toEqual([]);
    for (const file of ['README.md', 'docs/web-mode.md', 'docs/add-in.md']) {
      const text = fs.readFileSync(path.join(__dirname, '..', '..', file), 'utf8');
      const vietnamese = text.split(/^#+ (?:In English|Working in a browser|Excel add-in)/m)[0];
      expect({ file, lines: vietnamese.split('\n').filter((l) => /\btab\b/i.test(l)) }).toEqual({ file, lines: [] });
    }
  });
});
