import { createHash } from 'crypto';
import { sha256Hex, utf8 } from '../../../src/core/fingerprint/sha256';
import { canonicalText, COUNTED_PARTS, fingerprintOf, formatFingerprint } from '../../../src/core/fingerprint/fingerprint';
import type { WorkbookInput } from '../../../src/core/grid';
import { readWorkbook } from '../../../src/core/read/readWorkbook';
import { CONSTANT_DEFAULTS } from '../../../src/core/settings/defaults';
import { SETTING_IDS } from '../../../src/core/settings/settingIds';
import { removeSetting, setSetting, standardInput } from '../read/fixture';
import { asPercent } from '../../../src/core/hundredths';
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
    expect(fingerprintOf(workbook({ ...spec, settings: { voteThreshold: asPercent(6000) } }))).not.toBe(a);
    expect(fingerprintOf(workbook({ ...spec, memberOverrides: [{ signedCovenant: false }] }))).not.toBe(a);
  });
  it('cell positions do not count (where a value sits is not a value)', () => {
    const a = workbook(spec);
    const b = workbook(spec);
    b.self!.leafRows = [40];
    b.members[0].cell = 'A99';
    b.settingCells = { year: { cell: 'B9', text: '2022' } };
    expect(fingerprintOf(b)).toBe(fingerprintOf(a));
  });
});

describe('what the fingerprint counts (docs/ma-kiem-tra-du-lieu.md)', () => {
  const input = (): WorkbookInput => {
    const i = standardInput();
    removeSetting(i, 'Nguồn điểm');
    return i;
  };
  const read = (i: WorkbookInput) => {
    const wb = readWorkbook(i).workbook;
    if (!wb) throw new Error('unreadable');
    return wb;
  };

  it('a default the rules change (Certificate quota 2 → 1, issue 10) does not change it', () => {
    // Issue 10 changed the default from 2 to 1; read once with the old default put back.
    const withBallots = (): WorkbookInput => {
      const i = input();
      // Two names for the Certificate: valid under the old default, over the new one.
      i.sheets.push({ name: 'Phiếu bầu', values: [['Phiếu số', 'Cờ thi đua', 'Bằng khen'], [1, 'NA', 'HT; QB'], [2, 'NA', 'HT']] });
      return i;
    };
    const after = read(withBallots());
    const defaults = CONSTANT_DEFAULTS as { certificateQuota: number };
    const kept = defaults.certificateQuota;
    let before;
    try {
      defaults.certificateQuota = 2;
      before = read(withBallots());
    } finally {
      defaults.certificateQuota = kept;
    }
    expect(before.settings.certificateQuota).toBe(2);
    expect(after.settings.certificateQuota).toBe(1); // the rules see the new default …
    expect(fingerprintOf(after)).toBe(fingerprintOf(before)); // … the fingerprint does not
    // The paper with two names is judged as the first version judged it (valid under its default 2).
    expect(after.ballots![0].certificate.invalid).toBeNull();
  });

  it('a setting written with the default value counts like the default (version 1 counted effective values)', () => {
    const written = input();
    setSetting(written, 'Số Bằng khen Thủ tướng', 2);
    expect(fingerprintOf(read(written))).toBe(fingerprintOf(read(input())));
    setSetting(written, 'Số Bằng khen Thủ tướng', 1);
    expect(fingerprintOf(read(written))).not.toBe(fingerprintOf(read(input())));
  });

  it('a setting added after version 1 counts only when the workbook writes it', () => {
    // A stand-in for a setting a later issue adds (e.g. "Số vòng bỏ phiếu tối đa").
    const ids = SETTING_IDS as unknown as string[];
    const wb = read(input());
    const before = canonicalText(wb);
    ids.push('voteRounds');
    try {
      expect(canonicalText(wb)).toBe(before);
      (wb.writtenSettings as Record<string, unknown>).voteRounds = 3;
      expect(canonicalText(wb)).toBe(before + '\n+setting voteRounds 3');
    } finally {
      ids.pop();
    }
  });

  it('lists its parts with the version that added each; version 1 comes first and has no optional setting part', () => {
    expect(COUNTED_PARTS.map((p) => p.since)).toEqual([...COUNTED_PARTS.map((p) => p.since)].sort((a, b) => a - b));
    expect(COUNTED_PARTS.filter((p) => p.since === 1)).toHaveLength(7);
  });
});
