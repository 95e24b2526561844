import type { SheetDescription } from '../../src/core/sheet';
import { describeTemplate } from '../../src/core/template/describeTemplate';
import { createExcelPort } from '../../src/office/excelPort';
import type { PortNotice } from '../../src/office/notices';
import { installFakeOffice, type InstalledFakeOffice } from '../fakes/fakeExcel';

let fake: InstalledFakeOffice;
afterEach(() => fake?.uninstall());

function inputSheet(name: string, values: (string | number | null)[][], extra: Partial<SheetDescription> = {}): SheetDescription {
  return {
    key: 'input',
    name,
    values,
    styles: [{ range: 'A1:B1', style: { bold: true, fill: 'FFF2CC' } }],
    font: { name: 'Times New Roman', size: 12 },
    merges: [],
    columnWidths: [30, 40],
    rowHeights: [],
    links: [],
    notes: [],
    validations: [],
    freezeRows: 1,
    pageSetup: null,
    mark: null,
    ...extra,
  };
}

const TEMPLATE: SheetDescription[] = [
  inputSheet(
    'Cấu hình',
    [
      ['Tham số', 'Giá trị'],
      ['Tên cụm', 'Cụm thi đua các tỉnh Bắc Trung Bộ'],
      ['Năm', 2024],
      ['Tính điểm tự chấm khi chấm chéo', 'Không'],
    ],
    { validations: [{ range: 'B4', list: ['Có', 'Không'] }], styles: [{ range: 'B3', style: { numberFormat: '0' } }] },
  ),
  inputSheet('Thành viên', [
    ['Mã', 'Tên'],
    ['NA', 'Tỉnh Nghệ An'],
    ['HT', 'Tỉnh Hà Tĩnh'],
  ]),
];

describe('createInputSheets builds the template in a workbook that has none of its sheets', () => {
  test('sheets, values, formats and drop-down lists in two round trips; the first sheet shown', async () => {
    fake = installFakeOffice({ sheets: { Sheet1: [] } });
    await createExcelPort().createInputSheets(TEMPLATE);
    expect(fake.sheetNames()).toEqual(['Sheet1', 'Cấu hình', 'Thành viên']);
    expect(fake.values('Thành viên')).toEqual(TEMPLATE[1].values);
    expect(fake.values('Cấu hình')[2]).toEqual(['Năm', 2024]);
    expect(fake.sheet('Cấu hình').validations).toEqual([{ address: 'B4', rule: { list: { inCellDropDown: true, source: 'Có,Không' } } }]);
    expect(fake.cell('Cấu hình', 'B3')?.numberFormat).toBe('0');
    expect(fake.cell('Thành viên', 'B1')?.fill.color).toBe('#FFF2CC');
    expect(fake.sheet('Thành viên').frozenRows).toBe(1);
    expect(fake.names()).toEqual([]);
    expect(fake.activeSheet()).toBe('Cấu hình');
    expect(fake.syncCount).toBe(2);
  });

  test('the template’s input sheets print on A4: the page set up, the header row repeated, the page number from page 2, gridlines kept', async () => {
    fake = installFakeOffice({ sheets: { Sheet1: [] } });
    const sheets = describeTemplate({ clusterName: 'Cụm thi đua các tỉnh Bắc Trung Bộ', year: 2024, members: [{ code: 'NA', name: 'Tỉnh Nghệ An' }, { code: 'HT', name: 'Tỉnh Hà Tĩnh' }] });
    await createExcelPort().createInputSheets(sheets);
    const layout = fake.sheet('Cấu hình').pageLayout;
    expect(layout).toMatchObject({ paperSize: 'A4', orientation: 'Portrait', printTitleRows: '$1:$1', printGridlines: true });
    expect(layout.printArea).toBeUndefined();
    expect(layout.headersFooters).toMatchObject({ state: 'FirstAndDefault', defaultForAllPages: { centerHeader: '&"Times New Roman,Regular"&13&P' } });
    expect(fake.sheet('Tự chấm').pageLayout.orientation).toBe('Landscape');
    expect(fake.sheet('Cấu hình').showGridlines).toBe(true);
  });

  test('refused when any of its sheets exists, even spelt differently; nothing is added', async () => {
    fake = installFakeOffice({ sheets: { 'thành  viên': [['Mã']] } });
    const error = await createExcelPort()
      .createInputSheets(TEMPLATE)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'exists' });
    expect((error as { vi: string }).vi).toContain('“thành  viên”');
    expect(fake.sheetNames()).toEqual(['thành  viên']);
  });

  test('a failure half-way removes the sheets already added', async () => {
    fake = installFakeOffice({ sheets: { Sheet1: [] } });
    fake.failSync(2, { afterOps: 3 });
    await expect(createExcelPort().createInputSheets(TEMPLATE)).rejects.toMatchObject({ kind: 'host' });
    expect(fake.sheetNames()).toEqual(['Sheet1']);
  });

  test('ExcelApi 1.7: written without drop-down lists, and the user is told', async () => {
    fake = installFakeOffice({ sheets: { Sheet1: [] }, supported: { ExcelApi: '1.7' } });
    const notices: PortNotice[] = [];
    await createExcelPort({ onNotice: (n) => notices.push(n) }).createInputSheets(TEMPLATE);
    expect(fake.sheet('Cấu hình').validations).toEqual([]);
    expect(notices.map((n) => [n.code, n.sheets])).toEqual([['validationSkipped', ['Cấu hình']]]);
  });
});
