/**
 * A corpus workbook (book.ts) as a real .xlsx, written with exceljs the way Excel would store it:
 * error values as error cells, formulas with their cached result, merged areas holding their value
 * in the top-left cell, hidden rows and columns, and our marks as workbook-scoped defined names.
 */
import ExcelJS from 'exceljs';
import { sheetA1 } from '../../src/file/definedNames';
import type { CorpusBook, CorpusCell } from './book';

/** Fixed document dates, so that regenerating the corpus gives the same workbooks. */
const CORPUS_DATE = new Date(Date.UTC(2022, 11, 15));

function cellValue(v: CorpusCell): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v !== 'object') return v;
  if ('formula' in v) return { formula: v.formula, result: v.result as ExcelJS.CellFormulaValue['result'] };
  return { error: v.error } as ExcelJS.CellErrorValue;
}

export function toWorkbook(book: CorpusBook): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'cum-thi-dua';
  wb.created = CORPUS_DATE;
  wb.modified = CORPUS_DATE;
  for (const s of book.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = cellValue(v);
      }),
    );
    for (const f of s.far ?? []) ws.getCell(f.cell).value = cellValue(f.value);
    // Merging keeps the top-left value and blanks the rest, as Excel does.
    for (const m of s.merges ?? []) ws.mergeCells(m);
    for (const r of s.hiddenRows ?? []) ws.getRow(r).hidden = true;
    for (const c of s.hiddenColumns ?? []) ws.getColumn(c).hidden = true;
  }
  for (const [name, sheet] of Object.entries(book.marks ?? {})) wb.definedNames.add(sheetA1(sheet), name);
  return wb;
}

export async function toXlsxBytes(book: CorpusBook): Promise<Uint8Array> {
  return new Uint8Array(await toWorkbook(book).xlsx.writeBuffer());
}
