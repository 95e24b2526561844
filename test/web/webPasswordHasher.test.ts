/**
 * Excel's sheet password hash over Web Crypto (src/web/webPasswordHasher.ts): the same bytes as
 * the command line's Node hasher and as exceljs's own `protect` (an implementation we did not
 * write), so a lock set in the browser opens in Excel, LibreOffice and the command line.
 * Node 20 has Web Crypto as globalThis.crypto, the same API a browser page has.
 */
import ExcelJS from 'exceljs';
import { nodePasswordHasher } from '../../src/file/nodePasswordHasher';
import { createWebPasswordHasher, NoWebCryptoError, fromBase64, utf16le, webAlgorithm, webPasswordHasher } from '../../src/web/webPasswordHasher';

const SALT = 'AAECAwQFBgcICQoLDA0ODw=='; // bytes 0..15

describe('the same hash as the Node hasher for the same password and salt', () => {
  const cases: [password: string, algorithm: string, spinCount: number][] = [
    ['Cum-2022', 'SHA-512', 0],
    ['Cum-2022', 'SHA-512', 1],
    // Crosses the rounds where the hasher gives the page a turn (every 4096).
    ['Tỉnh Nghệ An', 'SHA-512', 5000],
    ['Hà Tĩnh – Quảng Bình', 'SHA-256', 300],
    ['', 'SHA-512', 10],
  ];
  test.each(cases)('password "%s", %s, %d rounds', async (password, algorithm, spinCount) => {
    const web = await webPasswordHasher.hash(password, algorithm, SALT, spinCount);
    expect(web).toBe(await nodePasswordHasher.hash(password, algorithm, SALT, spinCount));
    expect(fromBase64(web)).toHaveLength(algorithm === 'SHA-512' ? 64 : 32);
  });

  test('a different salt or password gives a different hash', async () => {
    const base = await webPasswordHasher.hash('Cum-2022', 'SHA-512', SALT, 50);
    expect(await webPasswordHasher.hash('Cum-2023', 'SHA-512', SALT, 50)).not.toBe(base);
    expect(await webPasswordHasher.hash('Cum-2022', 'SHA-512', 'AQECAwQFBgcICQoLDA0ODw==', 50)).not.toBe(base);
  });
});

describe('opens a protection exceljs itself wrote (its own SHA-512 over Node crypto)', () => {
  test('the hash of the right password equals the one in the sheet; a wrong one does not', async () => {
    const ws = new ExcelJS.Workbook().addWorksheet('Tự chấm');
    await ws.protect('Quảng Trị 2022', { spinCount: 2000 });
    const p = (ws as unknown as { sheetProtection: { algorithmName: string; saltValue: string; hashValue: string; spinCount: number } }).sheetProtection;
    expect(p.algorithmName).toBe('SHA-512');
    expect(await webPasswordHasher.hash('Quảng Trị 2022', p.algorithmName, p.saltValue, p.spinCount)).toBe(p.hashValue);
    expect(await webPasswordHasher.hash('Quang Tri 2022', p.algorithmName, p.saltValue, p.spinCount)).not.toBe(p.hashValue);
  });
});

describe('the pieces of the scheme', () => {
  test('the password as UTF-16 little-endian code units (ệ is U+1EC7)', () => {
    expect([...utf16le('Aệ')]).toEqual([0x41, 0x00, 0xc7, 0x1e]);
  });

  test('algorithm names as files write them', () => {
    expect(webAlgorithm('SHA-512')).toBe('SHA-512');
    expect(webAlgorithm('sha512')).toBe('SHA-512');
    expect(webAlgorithm('SHA-1')).toBe('SHA-1');
    expect(() => webAlgorithm('MD5')).toThrow('MD5');
  });

  test('a salt is 16 fresh random bytes, base64', () => {
    const a = webPasswordHasher.salt();
    const b = webPasswordHasher.salt();
    expect(fromBase64(a)).toHaveLength(16);
    expect(a).not.toBe(b);
  });
});

describe('a page without crypto.subtle (plain http from another machine)', () => {
  test('salts still work, hashing refuses with NoWebCryptoError', async () => {
    const hasher = createWebPasswordHasher({ getRandomValues: (a) => globalThis.crypto.getRandomValues(a) });
    expect(fromBase64(hasher.salt())).toHaveLength(16);
    await expect(hasher.hash('Cum-2022', 'SHA-512', SALT, 10)).rejects.toBeInstanceOf(NoWebCryptoError);
  });
});
