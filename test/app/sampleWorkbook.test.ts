/**
 * The commands end to end on the sample workbook (samples/bac-trung-bo-2022.xlsx, read by the
 * file shell) with the real core: what the pane does in Excel, minus Excel.
 */
import * as path from 'path';
import { runCheck, runNominate, runRank, LAST_RANK_FINGERPRINT } from '../../src/app/commands';
import { defaultCore } from '../../src/app/defaultCore';
import { readXlsxFile } from '../../src/file/nodeFiles';
import { fakePort } from './fakes/fakePort';

async function samplePort() {
  const loaded = await readXlsxFile(path.join(__dirname, '../../samples/bac-trung-bo-2022.xlsx'));
  const port = fakePort();
  port.input = loaded.input;
  return port;
}

describe('the sample workbook of Cụm thi đua các tỉnh Bắc Trung Bộ, 2022', () => {
  test('Check: no errors, only `Kết quả kiểm tra` written', async () => {
    const port = await samplePort();
    const r = await runCheck(port, defaultCore);
    expect(r.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.outcome).toBe('done');
    expect(port.written()).toEqual([['Kết quả kiểm tra']]);
  });

  test('Rank: the three ranking sheets, six members ranked, the fingerprint kept', async () => {
    const port = await samplePort();
    const r = await runRank(port, defaultCore);
    expect(r.outcome).toBe('done');
    expect(port.written()).toEqual([['Kết quả kiểm tra', 'Tổng hợp điểm', 'Xếp hạng']]);
    expect(r.report.results?.ranking).toHaveLength(6);
    expect(port.settings.get(LAST_RANK_FINGERPRINT)).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    expect(port.settings.get(LAST_RANK_FINGERPRINT)).toBe(r.report.fingerprint);
  });

  test('Nominate: only the dossier (the sample’s vote is final: minutes, counting minutes, ballot forms, submission, notice), from one read', async () => {
    const port = await samplePort();
    const r = await runNominate(port, defaultCore);
    expect(port.count('readInput')).toBe(1);
    expect(port.written()).toEqual([['Biên bản họp', 'Biên bản kiểm phiếu', 'Phiếu bầu (mẫu)', 'Tờ trình', 'Thông báo kết quả']]);
    expect(r.report.results?.nomination.flag.nominees).toHaveLength(1);
  });
});
