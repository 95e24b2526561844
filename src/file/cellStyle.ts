/**
 * A described cell style (src/core/sheet.ts) as an exceljs style. Styles of overlapping ranges
 * are merged per cell first (later entries win, sheet.ts), then each distinct result is built
 * once and shared by every cell that has it — exceljs writes each distinct style once anyway.
 */
import type ExcelJS from 'exceljs';
import type { CellStyle } from '../core/sheet';

export interface SheetFont {
  name: string;
  size: number;
}

const argb = (hex: string): string => 'FF' + hex.replace(/^#/, '').toUpperCase();

const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF000000' } };

/** Later keys override earlier ones; undefined keys leave the earlier value. */
export function mergeStyles(base: CellStyle, over: CellStyle): CellStyle {
  const out: CellStyle = { ...base };
  for (const [k, v] of Object.entries(over) as [keyof CellStyle, CellStyle[keyof CellStyle]][]) {
    if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

export function excelStyle(style: CellStyle, font: SheetFont): Partial<ExcelJS.Style> {
  const f: Partial<ExcelJS.Font> = { name: font.name, size: style.fontSize ?? font.size };
  if (style.bold) f.bold = true;
  if (style.italic) f.italic = true;
  if (style.underline) f.underline = true;
  f.color = { argb: argb(style.color ?? '000000') };
  const out: Partial<ExcelJS.Style> = { font: f };

  if (style.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };

  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.hAlign) alignment.horizontal = style.hAlign;
  if (style.vAlign) alignment.vertical = style.vAlign;
  if (style.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length > 0) out.alignment = alignment;

  if (style.border) out.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.numberFormat) out.numFmt = style.numberFormat;
  return out;
}

/** Builds each distinct style once. */
export class StyleCache {
  private readonly cache = new Map<string, Partial<ExcelJS.Style>>();
  constructor(private readonly font: SheetFont) {}

  get(style: CellStyle): Partial<ExcelJS.Style> {
    const key = JSON.stringify(style, Object.keys(style).sort());
    let s = this.cache.get(key);
    if (!s) {
      s = excelStyle(style, this.font);
      this.cache.set(key, s);
    }
    return s;
  }
}
