/**
 * Opening a chosen file in the file mode (src/web/openWorkbook.ts): every way a file can be
 * unusable ends in one sentence the user can act on, in Vietnamese or English, and the steps
 * are reported so that the page can show progress.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { defaultCore } from '../../src/app/defaultCore';
import * as realShell from '../../src/web/fileShell';
import type { FileShell } from '../../src/web/loadFileShell';
import { inlineClient } from './fileClientFixtures';
import { openWorkbookFile, type ChosenFile, type OpenStage } from '../../src/web/openWorkbook';

const SAMPLE = path.resolve(__dirname, '..', '..', 'samples', 'bac-trung-bo-2022.xlsx');
const loadShell = () => Promise.resolve(realShell as FileShell);

function chosen(name: string, bytes: Uint8Array): ChosenFile & { reads: number } {
  const file = {
    name,
    size: bytes.length,
    reads: 0,
    arrayBuffer: async () => {
      file.reads++;
      return bytes.slice().buffer;
    },
  };
  return file;
}

function encryptedOle(): Uint8Array {
  const bytes = new Uint8Array(1536);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set(Array.from('EncryptionInfo').flatMap((ch) => [ch.charCodeAt(0), 0]), 1024);
  return bytes;
}

const connect = () => Promise.resolve(inlineClient());

async function refusalOf(file: ChosenFile, lang: 'vi' | 'en' = 'vi', shell = loadShell): Promise<string[]> {
  const r = await openWorkbookFile(file, { lang, core: defaultCore, loadShell: shell, connect });
  if (r.ok) throw new Error('expected a refusal');
  return r.lines;
}

describe('The sample workbook opens, step by step', () => {
  it('reads, loads the file engine, opens, checks — and hands back the open workbook', async () => {
    const stages: OpenStage['kind'][] = [];
    const r = await openWorkbookFile(chosen('bac-trung-bo-2022.xlsx', new Uint8Array(fs.readFileSync(SAMPLE))), {
      lang: 'vi',
      core: defaultCore,
      loadShell,
      connect,
      onStage: (s) => {
        if (stages[stages.length - 1] !== s.kind) stages.push(s.kind);
      },
    });
    expect(r.ok).toBe(true);
    if (r.ok) expect((await r.client.readInput()).sheets.map((s) => s.name)).toContain('Thành viên');
    expect(stages).toEqual(['reading', 'loadingReader', 'opening', 'checking']);
  });
});

describe('Files that are not usable workbooks', () => {
  it('judged by the name, before reading: not .xlsx, an old .xls, over 50 MB', async () => {
    const docx = chosen('bien-ban.docx', new Uint8Array([0x50, 0x4b, 3, 4]));
    expect(await refusalOf(docx)).toEqual(['Tệp “bien-ban.docx” không phải sổ tính Excel (.xlsx). Hãy chọn tệp có đuôi .xlsx.']);
    expect(docx.reads).toBe(0);
    expect((await refusalOf(chosen('cu.xls', new Uint8Array(8))))[0]).toContain('định dạng cũ (.xls)');
    const big = { name: 'rat-lon.xlsx', size: 60 * 1024 * 1024, reads: 0, arrayBuffer: () => Promise.reject(new Error('must not be read')) };
    expect(await refusalOf(big)).toEqual([
      'Tệp “rat-lon.xlsx” nặng 60 MB, vượt giới hạn 50 MB của chế độ làm việc trên trình duyệt. Hãy xóa bớt những gì không cần (ảnh, trang tính thừa) rồi thử lại, hoặc dùng chương trình dòng lệnh cum-thi-dua.',
    ]);
    expect(await refusalOf(big, 'en')).toEqual([
      'The file “rat-lon.xlsx” is 60 MB, over the 50 MB limit of the browser mode. Remove what is not needed (pictures, extra sheets) and try again, or use the cum-thi-dua command line.',
    ]);
  });

  it('judged by the content: text renamed .xlsx, a password to open, an .xls renamed .xlsx', async () => {
    expect(await refusalOf(chosen('ghi-chu.xlsx', new TextEncoder().encode('Biên bản họp')))).toEqual(['Tệp “ghi-chu.xlsx” không phải sổ tính Excel (.xlsx).']);
    expect((await refusalOf(chosen('mat-khau.xlsx', encryptedOle())))[0]).toContain('được bảo vệ bằng mật khẩu');
    expect((await refusalOf(chosen('mat-khau.xlsx', encryptedOle()), 'en'))[0]).toContain('is protected with a password');
    const xls = new Uint8Array(1536);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await refusalOf(chosen('doi-ten.xlsx', xls)))[0]).toContain('định dạng cũ (.xls)');
  });

  it('a damaged zip: damaged', async () => {
    const bytes = new Uint8Array(300);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await refusalOf(chosen('bi-hong.xlsx', bytes))).toEqual(['Tệp “bi-hong.xlsx” bị hỏng hoặc không đọc được như một sổ tính Excel.']);
  });

  it('a workbook without the input sheets: which sheets are missing (NOT_A_SCORING_WORKBOOK)', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Danh sách').getCell('A1').value = 'Tỉnh Nghệ An';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const [line] = await refusalOf(chosen('danh-sach.xlsx', bytes));
    expect(line.startsWith('Tệp “danh-sach.xlsx”: ')).toBe(true);
    expect(line).toContain('không có trang Cấu hình, Thành viên, Tiêu chí');
  });

  it('a workbook with only some input sheets opens: the missing ones are problems for Kiểm tra to list', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Thành viên').getCell('A1').value = 'Mã';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = await openWorkbookFile(chosen('thanh-vien.xlsx', bytes), { lang: 'vi', core: defaultCore, loadShell, connect });
    expect(r.ok).toBe(true);
  });

  it('the file engine cannot be fetched (the server went away): reload the page', async () => {
    const lines = await refusalOf(chosen('bac-trung-bo-2022.xlsx', new Uint8Array(fs.readFileSync(SAMPLE))), 'vi', () =>
      Promise.reject(new Error('ChunkLoadError')),
    );
    expect(lines).toEqual(['Không tải được bộ đọc tệp Excel của trang. Hãy tải lại trang rồi thử lại.']);
  });
});
