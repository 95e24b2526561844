import { createHash } from 'crypto';
import { sha256Hex, utf8 } from '../../../src/core/fingerprint/sha256';
import { fingerprintOf, formatFingerprint } from '../../../src/core/fingerprint/fingerprint';
import { workbook } from '../rules/fixture';

describe('SHA-256 (our pure implementation) agrees with Node\'s crypto', () => {
  const cases = ['', 'abc', 'Cụm thi đua các tỉnh Bắc Trung Bộ', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'x'.repeat(100000), '😀 emoji'];
  it.each(cases.map((c) => [c.slice(0, 20), c]))('%s', (_label, text) => {
    expect(sha256Hex(utf8(text))).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
  it('the FIPS 180-4 example "abc"', () => {
    expect(sha256Hex(utf8('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('data fingerprint', () => {
  const spec = { criteria: [{ code: 'I', max: 10 }], self: [[9.5], [8]] };
  it('is 16 hex digits in groups of four', () => {
    expect(formatFingerprint(fingerprintOf(workbook(spec)))).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(formatFingerprint('3f2a91c07d4e0b18ffff')).toBe('3F2A-91C0-7D4E-0B18');
  });
  it('the same inputs give the same fingerprint', () => {
    expect(fingerprintOf(workbook(spec))).toBe(fingerprintOf(workbook(spec)));
  });
  it('any change of a counted value changes it', () => {
    const a = fingerprintOf(workbook(spec));
    expect(fingerprintOf(workbook({ ...spec, self: [[9.25], [8]] }))).not.toBe(a);
    expect(fingerprintOf(workbook({ ...spec, settings: { voteThreshold: 6000 } }))).not.toBe(a);
    expect(fingerprintOf(workbook({ ...spec, memberOverrides: [{ signedCovenant: false }] }))).not.toBe(a);
  });
  it('cell positions do not count (where a value sits is not a value)', () => {
    const a = workbook(spec);
    const b = workbook(spec);
    b.self!.leafRows = [40];
    b.members[0].cell = 'A99';
    b.settings.view = [{ key: 'Năm', value: '2022', isDefault: false, cell: 'B9' }];
    expect(fingerprintOf(b)).toBe(fingerprintOf(a));
  });
});
