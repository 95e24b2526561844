/**
 * The fake must behave like Excel where the shell's correctness depends on it; otherwise the
 * shell's tests would prove nothing. These tests talk to it through the typed `Excel` global,
 * exactly as src/office does.
 */
import { installFakeOffice, type InstalledFakeOffice } from './fakeExcel';

let fake: InstalledFakeOffice;
afterEach(() => fake?.uninstall());

describe('proxies must be loaded and synced before they are read', () => {
  test('reading a property never loaded throws PropertyNotLoaded', async () => {
    fake = installFakeOffice({ sheets: { 'Tự chấm': [['Mã', 'NA']] } });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Tự chấm');
      expect(() => sheet.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
    });
  });

  test('load() without sync() is not enough; after sync() the value is there', async () => {
    fake = installFakeOffice({ sheets: { 'Tự chấm': [['Mã', 'NA']] } });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Tự chấm').getRange('A1:B1');
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([['Mã', 'NA']]);
      expect(() => range.rowIndex).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('isNullObject is known only after a sync', async () => {
    fake = installFakeOffice({ sheets: { 'Trống': [] } });
    await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem('Trống').getUsedRangeOrNullObject(true);
      used.load('values');
      expect(() => used.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(used.isNullObject).toBe(true);
    });
  });

  test('a value that was set is not readable without a load', async () => {
    fake = installFakeOffice({ sheets: { 'Tự chấm': [] } });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Tự chấm').getRange('A1');
      range.values = [['x']];
      await context.sync();
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });
});

describe('writes are queued and applied at sync, in order', () => {
  test('nothing changes before sync(); each sync is counted with its request size', async () => {
    fake = installFakeOffice({ sheets: { 'Tự chấm': [] } });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Tự chấm').getRange('A1:B1').values = [['Tỉnh Nghệ An', 9.5]];
      expect(fake.values('Tự chấm')).toEqual([]);
      await context.sync();
    });
    expect(fake.values('Tự chấm')).toEqual([['Tỉnh Nghệ An', 9.5]]);
    expect(fake.syncCount).toBe(1);
    // The JSON of the request holds the two values: at least their UTF-8 bytes.
    expect(fake.syncs[0].requestBytes).toBeGreaterThan(new TextEncoder().encode('"Tỉnh Nghệ An",9.5').length);
  });

  test('a values block must match the range exactly', async () => {
    fake = installFakeOffice({ sheets: { 'Tự chấm': [] } });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Tự chấm').getRange('A1:B2').values = [['a', 'b']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('a failing action stops the request there; the actions before it stay applied', async () => {
    fake = installFakeOffice({ sheets: { 'Tự chấm': [] } });
    await expect(
      Excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.add('Mới');
        sheets.getItem('Không có').delete();
        sheets.add('Sau lỗi');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(fake.sheetNames()).toEqual(['Tự chấm', 'Mới']);
  });
});

describe('typed input is interpreted like Excel', () => {
  const typed = ['=SUM(A1)', '+84 912', '-5 điểm', '@home', '0912', 'TRUE'];

  test('into a General cell: formulas, numbers and logical values, not the text', async () => {
    fake = installFakeOffice({ sheets: { 'Kiểm tra': [] } });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Kiểm tra').getRange('A1:F1').values = [typed];
      await context.sync();
    });
    const row = fake.values('Kiểm tra')[0];
    expect(fake.cell('Kiểm tra', 'A1')?.formula).toBe('=SUM(A1)');
    expect(fake.cell('Kiểm tra', 'B1')?.formula).toBe('=+84 912');
    expect(fake.cell('Kiểm tra', 'C1')?.formula).toBe('=-5 điểm');
    expect(fake.cell('Kiểm tra', 'D1')?.formula).toBe('=@home');
    expect(row.slice(4)).toEqual([912, true]);
    typed.forEach((t, i) => expect(row[i]).not.toBe(t));
  });

  test('into a cell formatted "@", or after an apostrophe: the text itself', async () => {
    fake = installFakeOffice({ sheets: { 'Kiểm tra': [] } });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Kiểm tra');
      const asText = sheet.getRange('A1:F1');
      asText.numberFormat = [typed.map(() => '@')];
      asText.values = [typed];
      sheet.getRange('A2:F2').values = [typed.map((t) => "'" + t)];
      await context.sync();
    });
    expect(fake.values('Kiểm tra')).toEqual([typed, typed]);
    expect(fake.cell('Kiểm tra', 'A2')?.formula).toBeNull();
  });
});

describe('limits and faults', () => {
  test('a request over the size limit is refused and nothing of it is applied', async () => {
    fake = installFakeOffice({ sheets: { 'Tự chấm': [] }, requestLimitBytes: 1000 });
    const big = [Array.from({ length: 50 }, () => 'Tỉnh Thừa Thiên Huế')];
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Tự chấm').getRange('A1:AX1').values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.values('Tự chấm')).toEqual([]);
  });

  test('an injected fault applies the first k actions, then fails', async () => {
    fake = installFakeOffice({ sheets: { 'Tự chấm': [] } });
    fake.failSync(1, { afterOps: 1, code: 'GeneralException' });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.add('Một');
        context.workbook.worksheets.add('Hai');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    expect(fake.sheetNames()).toEqual(['Tự chấm', 'Một']);
    expect(fake.syncs[0].failed).toBe('GeneralException');
  });

  test('an API newer than the host fails with ApiNotFound at sync', async () => {
    fake = installFakeOffice({ sheets: { 'Xếp hạng': [['x']] }, supported: { ExcelApi: '1.8' } });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Xếp hạng').pageLayout.orientation = 'Landscape';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  test('isSetSupported compares versions as numbers (1.10 is newer than 1.9)', () => {
    fake = installFakeOffice({ supported: { ExcelApi: '1.10' } });
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.11')).toBe(false);
    expect(Office.context.requirements.isSetSupported('WordApi', '1.1')).toBe(false);
  });
});

describe('names follow their sheet', () => {
  test('a renamed sheet keeps its name; a deleted one leaves #REF!', async () => {
    fake = installFakeOffice({ sheets: { 'Xếp hạng': [['x']], Khác: [['y']] }, names: { CumThiDua_XepHang: 'Xếp hạng' } });
    expect(fake.names()).toEqual([{ name: 'CumThiDua_XepHang', formula: "='Xếp hạng'!$A$1" }]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Xếp hạng').name = 'XH2024';
      await context.sync();
    });
    expect(fake.names()[0].formula).toBe('=XH2024!$A$1');
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('XH2024').delete();
      await context.sync();
    });
    expect(fake.names()[0].formula).toBe('=#REF!$A$1');
  });
});

describe('what the first fake lacked (issue 12)', () => {
  test('a request is sized as Office.js sends it: each proxy is an object path of its own', async () => {
    fake = installFakeOffice({ sheets: { 'Tự chấm': [] } });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Tự chấm');
      sheet.getRange('A1:J1').format.fill.color = '#FFC7CE';
      await context.sync();
      for (let c = 0; c < 10; c++) sheet.getRange(String.fromCharCode(65 + c) + '1').format.fill.color = '#FFC7CE';
      await context.sync();
    });
    // One range and its fill against ten of each: the same colour, about ten times the request.
    expect(fake.syncs[1].requestBytes).toBeGreaterThan(5 * fake.syncs[0].requestBytes);
  });

  test('a formula and a defined name on a sheet follow its new name and turn into #REF! when it is deleted', async () => {
    fake = installFakeOffice({ sheets: { 'Xếp hạng': [['Hạng', 'Tỉnh Nghệ An']], 'Của tôi': [['']] } });
    fake.setFormula('Của tôi', 'A1', "='Xếp hạng'!B1");
    fake.defineName('BangXepHang', 'Xếp hạng', '$A$1:$B$1');
    expect(fake.formulaCell('Của tôi', 'A1')).toEqual({ formula: "='Xếp hạng'!B1", value: 'Tỉnh Nghệ An' });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Xếp hạng').name = 'Xếp hạng cũ';
      await context.sync();
    });
    expect(fake.formulaCell('Của tôi', 'A1')).toEqual({ formula: "='Xếp hạng cũ'!B1", value: 'Tỉnh Nghệ An' });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Xếp hạng cũ').delete();
      await context.sync();
    });
    expect(fake.formulaCell('Của tôi', 'A1')).toEqual({ formula: '=#REF!B1', value: '#REF!' });
    expect(fake.names()).toEqual([{ name: 'BangXepHang', formula: '=#REF!$A$1:$B$1' }]);
  });

  test('a format change raises onChanged; one cell’s event carries its value before and after', async () => {
    fake = installFakeOffice({ sheets: { 'Tự chấm': [[5]] } });
    const seen: unknown[] = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (e) => void seen.push({ address: e.address, details: e.details }));
      await context.sync();
    });
    fake.userFormat('Tự chấm', 'A1', '#FFFF00');
    fake.userEdit('Tự chấm', 'A1', 7);
    await fake.flushEvents();
    expect(seen).toEqual([
      { address: 'A1', details: { valueBefore: 5, valueAfter: 5, valueTypeBefore: 'Integer', valueTypeAfter: 'Integer' } },
      { address: 'A1', details: { valueBefore: 5, valueAfter: 7, valueTypeBefore: 'Integer', valueTypeAfter: 'Integer' } },
    ]);
  });

  test('each task pane holds its own copy of the settings and saves it whole', async () => {
    fake = installFakeOffice({});
    const a = fake.settings;
    const b = fake.openPane();
    a.set('x', '1');
    await new Promise<void>((resolve) => a.saveAsync(() => resolve()));
    b.set('y', '2');
    await new Promise<void>((resolve) => b.saveAsync(() => resolve()));
    // b opened before a saved: its save drops a's key, as in Office.
    expect(fake.documentSettings).toEqual({ y: '2' });
  });

  test('cell-edit mode: a request fails, or waits with delayForCellEdit from ExcelApi 1.11', async () => {
    fake = installFakeOffice({ sheets: { 'Tự chấm': [[1]] }, supported: { ExcelApi: '1.11' } });
    fake.cellEditMode = true;
    const read = (options: Record<string, unknown> | null): Promise<unknown> => {
      const batch = async (context: Excel.RequestContext): Promise<unknown> => {
        const r = context.workbook.worksheets.getItem('Tự chấm').getRange('A1');
        r.load('values');
        await context.sync();
        return r.values;
      };
      return options ? Excel.run(options as Excel.RunOptions, batch) : Excel.run(batch);
    };
    await expect(read(null)).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    const waiting = read({ delayForCellEdit: true });
    fake.exitCellEdit();
    await expect(waiting).resolves.toEqual([[1]]);
  });

  test('Office.onReady answers after readyDelayMs', async () => {
    fake = installFakeOffice({ readyDelayMs: 60 });
    const started = Date.now();
    await (Office as unknown as { onReady(): Promise<unknown> }).onReady();
    expect(Date.now() - started).toBeGreaterThanOrEqual(50);
  });
});
