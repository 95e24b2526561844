/**
 * @jest-environment jsdom
 */
/** "Tải về kết quả" (src/web/download.ts): a Blob behind an object URL, clicked, then released. */
import { REVOKE_AFTER_MS, XLSX_MIME, downloadBytes } from '../../src/web/download';

describe('The result is handed to the browser as a file, never sent anywhere', () => {
  const created: Blob[] = [];
  const revoked: string[] = [];
  beforeEach(() => {
    jest.useFakeTimers();
    created.length = 0;
    revoked.length = 0;
    URL.createObjectURL = (b: Blob) => {
      created.push(b);
      return 'blob:http://127.0.0.1/1';
    };
    URL.revokeObjectURL = (u: string) => void revoked.push(u);
  });
  afterEach(() => jest.useRealTimers());

  it('clicks a link named <name>-ket-qua.xlsx to an .xlsx Blob, removes it, and revokes the URL later', () => {
    const clicks: { href: string; download: string }[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download });
    });
    downloadBytes(new Uint8Array([0x50, 0x4b, 3, 4]), 'bac-trung-bo-2022-ket-qua.xlsx');
    expect(clicks).toEqual([{ href: 'blob:http://127.0.0.1/1', download: 'bac-trung-bo-2022-ket-qua.xlsx' }]);
    expect(created).toHaveLength(1);
    expect(created[0].type).toBe(XLSX_MIME);
    expect(created[0].size).toBe(4);
    expect(document.querySelectorAll('a')).toHaveLength(0);
    expect(revoked).toEqual([]);
    jest.advanceTimersByTime(REVOKE_AFTER_MS);
    expect(revoked).toEqual(['blob:http://127.0.0.1/1']);
    click.mockRestore();
  });
});
