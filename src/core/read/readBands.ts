/**
 * `Xếp loại` (docs/huong-dan-so-lieu.md): classification bands from the highest. Without the sheet the
 * default table applies, as shares of the base maximum (Xuất sắc 90%, Tốt 80%, Khá 70%,
 * Trung bình 0%: 90/80/70/0 points for a 100-point table).
 */
import { toHundredths } from '../hundredths';
import type { Band } from '../model';
import { matchKey } from '../text';
import { defaultBands } from '../settings/defaults';
import { readNumber, showValue } from './cellValue';
import { findHeader, rowIsEmpty, rowKeyText, warnUnknownColumns, type HeaderSpec } from './headerRow';
import { BAND_HEADERS as H } from '../words/format';
import type { ProblemSink } from './problemSink';
import type { SheetView } from './sheetView';

const SPEC: HeaderSpec = { required: [H.name, H.from], optional: [] };

export interface BandsRead {
  bands: Band[];
  defaultBands: boolean;
}

export function readBands(view: SheetView | null, baseMax: number, sink: ProblemSink): BandsRead {
  if (!view) return { bands: defaultBands(baseMax), defaultBands: true };
  const header = findHeader(view, SPEC, sink);
  if (!header) return { bands: defaultBands(baseMax), defaultBands: true };
  warnUnknownColumns(view, header, sink);
  const cName = header.cols.get(H.name) as number;
  const cFrom = header.cols.get(H.from) as number;
  const used = [cName, cFrom];

  const bands: Band[] = [];
  const seen = new Set<string>();
  let previous: { band: Band; ok: boolean } | null = null;
  let lastRow = -1;

  for (let r = header.row + 1; r < view.rowCount; r++) {
    if (rowIsEmpty(view, r, used)) continue;
    const name = rowKeyText(view, sink, r, cName, { severity: 'error', column: H.name, kind: 'bands' });
    if (name === null) continue;
    const key = matchKey(name);
    if (seen.has(key)) {
      sink.cell(view, r, cName, 'error', 'BAND_NAME_DUPLICATE', { band: name });
      continue;
    }
    seen.add(key);

    const rawFrom = view.get(r, cFrom);
    const n = readNumber(rawFrom);
    let from: number | null = null;
    if (n.kind === 'error') sink.cell(view, r, cFrom, 'error', 'VALUE_ERROR', { value: n.text });
    else if (n.kind !== 'number') sink.cell(view, r, cFrom, 'error', 'NUMBER_INVALID', { value: showValue(rawFrom), tooLarge: n.kind === 'invalid' && n.tooLarge });
    else {
      from = toHundredths(n.value);
      if (from === null) sink.cell(view, r, cFrom, 'error', 'SCORE_TOO_PRECISE', { value: showValue(rawFrom) });
      else if (n.fromText) sink.cell(view, r, cFrom, 'warning', 'NUMBER_AS_TEXT', { value: showValue(rawFrom), number: from });
    }
    // An unreadable threshold keeps its place in the table (so the names still match) but is
    // never compared: the error above already blocks ranking.
    const band: Band = { name, from: from ?? 0 };
    if (from !== null && previous && previous.ok && from >= previous.band.from)
      sink.cell(view, r, cFrom, 'error', 'BAND_NOT_DECREASING', {
        band: name,
        from,
        previous: previous.band.name,
        previousFrom: previous.band.from,
      });
    bands.push(band);
    previous = { band, ok: from !== null };
    lastRow = r;
  }

  if (bands.length === 0) {
    sink.sheet(view, 'error', 'BAND_EMPTY', {});
    return { bands: defaultBands(baseMax), defaultBands: true };
  }
  const lowest = bands[bands.length - 1];
  if (previous && previous.ok && lowest.from > 0)
    sink.cell(view, lastRow, cFrom, 'warning', 'BAND_LOWEST_ABOVE_ZERO', { band: lowest.name, from: lowest.from });
  return { bands, defaultBands: false };
}
