/**
 * What the file mode decides from a chosen file's name and size alone (src/web/fileChoice.ts):
 * refuse at once what cannot be a workbook or is too large, say sizes as people read them, and
 * name the downloaded result as the command line names its output.
 */
import { MAX_FILE_BYTES, formatSize, refuseEarly, resultFileName } from '../../src/web/fileChoice';

const MB = 1024 * 1024;

describe('Only .xlsx files are read; an old .xls gets its own answer', () => {
  it.each(['bac-trung-bo-2022.xlsx', 'BAC-TRUNG-BO-2022.XLSX', 'sổ chấm điểm.Xlsx'])('%s may be read', (name) => {
    expect(refuseEarly({ name, size: 40_000 })).toBeNull();
  });

  it.each(['bien-ban.docx', 'ghi-chu.txt', 'so-cham-diem', 'so.xlsm', 'so.xlsx.pdf'])('%s is not an .xlsx', (name) => {
    expect(refuseEarly({ name, size: 10 })).toEqual({ kind: 'notXlsxName' });
  });

  it('an .xls is an old-format workbook (to be saved again as .xlsx)', () => {
    expect(refuseEarly({ name: 'Cum-thi-dua-2019.XLS', size: 10 })).toEqual({ kind: 'legacyXlsName' });
  });
});

describe('Files over 50 MB are refused before reading', () => {
  it('exactly 50 MB may be read; one byte more may not', () => {
    expect(MAX_FILE_BYTES).toBe(50 * MB);
    expect(refuseEarly({ name: 'lon.xlsx', size: 50 * MB })).toBeNull();
    expect(refuseEarly({ name: 'lon.xlsx', size: 50 * MB + 1 })).toEqual({ kind: 'tooLarge', size: 50 * MB + 1, limit: 50 * MB });
  });
});

describe('Sizes are written as people read them, with the language’s decimal mark', () => {
  it.each([
    [50 * MB, 'vi', '50 MB'],
    [51.25 * MB, 'vi', '51,3 MB'],
    [51.25 * MB, 'en', '51.3 MB'],
    [820 * 1024, 'vi', '820 KB'],
    [1536, 'en', '1.5 KB'],
    [12, 'vi', '12 byte'],
    [12, 'en', '12 bytes'],
    [2 * 1024 * MB, 'en', '2 GB'],
  ] as const)('%d bytes in %s: %s', (bytes, lang, text) => {
    expect(formatSize(bytes, lang)).toBe(text);
  });
});

describe('The downloaded result is named <name>-ket-qua.xlsx, as the command line names it', () => {
  it.each([
    ['bac-trung-bo-2022.xlsx', 'bac-trung-bo-2022-ket-qua.xlsx'],
    ['Cum thi dua.XLSX', 'Cum thi dua-ket-qua.xlsx'],
    // A result opened again keeps its name rather than growing a second suffix.
    ['bac-trung-bo-2022-ket-qua.xlsx', 'bac-trung-bo-2022-ket-qua.xlsx'],
  ])('%s → %s', (name, result) => {
    expect(resultFileName(name)).toBe(result);
  });
});
