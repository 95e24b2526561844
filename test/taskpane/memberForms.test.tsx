/** @jest-environment jsdom */
/**
 * "Phiếu chấm" in the pane (issue 14) with the real core and the web mode's real file port: the
 * forms are issued from the workbook, and gathering shows, before anything is written, which
 * cells each form fills and which conflict; only the confirmation writes — the values and one log
 * row per form — and a refused form keeps the confirmation disabled.
 */
import './setup';
import './textCodec';
import * as fs from 'fs';
import * as path from 'path';
import * as React from 'react';
import ExcelJS from 'exceljs';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { checkWorkbook, type InputFill, type WorkbookPort } from '../../src/core/index';
import { issueForms } from '../../src/core/forms/index';
import { defaultCore } from '../../src/app/defaultCore';
import { formBytes } from '../../src/file/forms/writeForm';
import { readXlsxBytes } from '../../src/file/readXlsx';
import { App } from '../../src/taskpane/App';
import { createFilePort } from '../../src/web/filePort';
import type { FileClient } from '../../src/web/fileClient';
import { clientWith } from '../web/fileClientFixtures';

const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'bac-trung-bo-2022.xlsx');
const NOW = new Date(2023, 0, 9, 8, 5);

/** The sample with HT's and NA's entries erased by exceljs, and NA's own I.1 typed as 9 (its form says 9,50). */
async function bookBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  for (const ws of wb.worksheets) {
    if (ws.name !== 'Tự chấm' && !ws.name.startsWith('Chấm chéo')) continue;
    ws.eachRow((row) => {
      const leaf = String(row.getCell(1).value).includes('.');
      if (!leaf) return;
      if (ws.name === 'Tự chấm') {
        row.getCell(5).value = row.getCell(1).value === 'I.1' ? 9 : null; // NA
        row.getCell(6).value = null; // HT
      } else if (ws.name === 'Chấm chéo - HT' || ws.name === 'Chấm chéo - NA') for (let c = 4; c <= 9; c++) row.getCell(c).value = null;
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

let forms: { name: string; bytes: Uint8Array }[];
let book: Uint8Array;

beforeAll(async () => {
  const sample = await readXlsxBytes(new Uint8Array(fs.readFileSync(SAMPLE)), 'mau.xlsx');
  const r = issueForms(checkWorkbook(sample.input), { deadline: null, issuedAt: '20/12/2022 09:00', members: ['NA', 'HT'] });
  if (!r.ok) throw new Error(r.refusal);
  forms = await Promise.all(r.forms.map(async (f) => ({ name: f.fileName, bytes: await formBytes(f, NOW) })));
  book = await bookBytes();
}, 60_000);

interface Rendered {
  client: FileClient;
  fills: InputFill[];
}

async function renderForms(lang: 'vi' | 'en' = 'vi'): Promise<Rendered> {
  const client = await clientWith(book);
  const base = createFilePort(client);
  const fills: InputFill[] = [];
  const port: WorkbookPort = {
    ...base,
    fillInputCells: async (fill) => {
      fills.push(fill);
      await base.fillInputCells!(fill);
    },
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} lang={lang} core={defaultCore} initialView="forms" changeDebounceMs={20} now={() => NOW} />
    </FluentProvider>,
  );
  // The view and the file engine load on demand (React.lazy): the first time takes a while under ts-jest.
  await screen.findByRole('heading', { level: 2, name: lang === 'vi' ? 'Phiếu chấm' : 'Score forms' }, { timeout: 20_000 });
  return { client, fills };
}

function choose(list: { name: string; bytes: Uint8Array }[]): void {
  const input = screen.getByTestId('form-files') as HTMLInputElement;
  const files = list.map((f) => new File([f.bytes as BlobPart], f.name));
  fireEvent.change(input, { target: { files } });
}

const cellsIn = (card: HTMLElement, kind: string): string[] => Array.from(card.querySelectorAll(`[data-kind="${kind}"] [data-cell]`)).map((li) => li.getAttribute('data-cell') ?? '');

test('issuing: one download link per member and one .zip, with the prefilled counts', async () => {
  await renderForms();
  fireEvent.click(await screen.findByRole('button', { name: 'Lập phiếu chấm' }));
  const issued = await screen.findByTestId('issued-forms', {}, { timeout: 20_000 });
  expect(within(issued).getByText('Đã lập 6 phiếu chấm. Tải về rồi gửi cho các đơn vị.')).toBeTruthy();
  expect(issued.textContent).toContain('TH.xlsx — Tỉnh Thanh Hóa: 108 ô điểm, 89 ô điền sẵn');
  // NA: its own I.1 (9) and the other members' cross scores of NA's sheet are gone; 1 of 108 is left.
  expect(issued.textContent).toContain('NA.xlsx — Tỉnh Nghệ An: 108 ô điểm, 1 ô điền sẵn');
}, 60_000);

test('gathering previews fills and conflicts before writing; confirming writes them and the log', async () => {
  const { client, fills } = await renderForms();
  const before = await client.bytes();
  choose(forms);
  await screen.findByText('Đã chọn 2 tệp.');
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra và xem trước' }));
  const preview = await screen.findByTestId('gather-preview', {}, { timeout: 20_000 });

  // Before anything is written: the cells each form fills, the conflict, and nothing in the workbook.
  const na = preview.querySelector('[data-form="NA.xlsx"]') as HTMLElement;
  const ht = preview.querySelector('[data-form="HT.xlsx"]') as HTMLElement;
  expect(na.getAttribute('data-accepted')).toBe('yes');
  // NA: its 16 self scores (I.1 typed 9 in the workbook: a conflict) and 73 cross scores; HT: all 89 blank.
  expect(na.textContent).toContain('Điền 88 ô trống · 0 ô đã có đúng số · 1 ô xung đột');
  expect(ht.textContent).toContain('Điền 89 ô trống · 0 ô đã có đúng số · 0 ô xung đột');
  expect(cellsIn(na, 'conflicts')).toEqual(['Tự chấm!E5']);
  expect(na.textContent).toContain('Tự chấm!E5: 9,00 → 9,50 (giữ số của sổ)');
  expect(cellsIn(ht, 'fills')).toHaveLength(30); // listed one by one up to 30, the rest counted
  expect(ht.textContent).toContain('… và 59 ô khác');
  expect(cellsIn(ht, 'fills')[0]).toBe('Tự chấm!F5');
  expect(ht.textContent).toContain('Tự chấm!F5 ← 9,00');
  expect(screen.getByTestId('gather-total').textContent).toBe('Sẽ ghi 177 ô vào sổ; 1 ô xung đột giữ nguyên số của sổ.');
  expect(fills).toHaveLength(0);
  expect(await client.bytes()).toEqual(before);

  fireEvent.click(screen.getByRole('button', { name: 'Ghi vào sổ' }));
  expect(await screen.findByText('Đã thu 2 phiếu: ghi 177 ô và 2 dòng nhật ký.', {}, { timeout: 20_000 })).toBeTruthy();
  expect(fills).toHaveLength(1);
  expect(fills[0].cells).toHaveLength(177);
  const written = new ExcelJS.Workbook();
  await written.xlsx.load((await client.bytes()) as unknown as ArrayBuffer);
  expect(written.getWorksheet('Tự chấm')!.getCell('E5').value).toBe(9); // the conflict kept
  expect(written.getWorksheet('Tự chấm')!.getCell('F5').value).toBe(9); // HT's I.1 filled
  const log = written.getWorksheet('Nhật ký')!.getSheetValues().slice(2) as unknown[][];
  expect(log.map((r) => r[2])).toEqual(['Thu phiếu chấm', 'Thu phiếu chấm']);
}, 90_000);

test('a refused form: located messages, the confirmation disabled, nothing written (English)', async () => {
  const { fills } = await renderForms('en');
  const broken = new ExcelJS.Workbook();
  await broken.xlsx.load(forms[0].bytes as unknown as ArrayBuffer);
  broken.getWorksheet('Chấm chéo - NA')!.getCell('E6').value = 11;
  choose([{ name: 'NA-sai.xlsx', bytes: new Uint8Array(await broken.xlsx.writeBuffer()) }, forms[1]]);
  await screen.findByText('2 file(s) chosen.');
  fireEvent.click(screen.getByRole('button', { name: 'Check and preview' }));
  const preview = await screen.findByTestId('gather-preview', {}, { timeout: 20_000 });
  const card = preview.querySelector('[data-form="NA-sai.xlsx"]') as HTMLElement;
  expect(card.getAttribute('data-accepted')).toBe('no');
  expect(card.textContent).toContain('NA-sai.xlsx › Chấm chéo - NA!E6: The score for Tỉnh Thanh Hóa on criterion I.1 is 11,00, above the maximum of 10.00.');
  expect(screen.getByText('Not gathered: nothing was written into the workbook.')).toBeTruthy();
  await waitFor(() => expect((screen.getByRole('button', { name: 'Write into the workbook' }) as HTMLButtonElement).disabled).toBe(true));
  expect(fills).toHaveLength(0);
}, 90_000);
