/**
 * test/setup/ensure-system-packages.js: finds programs on PATH, does nothing when they are there,
 * and when it may not install (not root), says what to install instead of running apt-get.
 */
import { commandExists, ensureDebianPackages } from '../setup/ensure-system-packages';

afterEach(() => jest.restoreAllMocks());

describe('Finding programs on PATH', () => {
  it('finds node and /bin/sh, not a program that does not exist', () => {
    expect(commandExists('node')).toBe(true);
    expect(commandExists('/bin/sh')).toBe(true);
    expect(commandExists('cum-thi-dua-no-such-program')).toBe(false);
    expect(commandExists('/bin')).toBe(false); // a directory is not a program
  });
});

describe('Nothing to do when every program is present', () => {
  it('installs nothing and logs nothing', () => {
    const log = jest.fn();
    const result = ensureDebianPackages([{ command: 'node', package: 'nodejs' }, { command: 'sh', package: 'dash' }], { log });
    expect(result).toEqual({ installed: [], missing: [], message: '' });
    expect(log).not.toHaveBeenCalled();
  });
});

describe('Without root: report the missing packages and the command to install them', () => {
  it('does not run apt-get and names every missing package once', () => {
    jest.spyOn(process, 'getuid').mockReturnValue(1000);
    const log = jest.fn();
    const result = ensureDebianPackages(
      [
        { command: 'cum-thi-dua-no-such-a', package: 'ctd-fake-package' },
        { command: 'cum-thi-dua-no-such-b', package: 'ctd-fake-package' },
      ],
      { log },
    );
    expect(result.installed).toEqual([]);
    expect(result.missing).toEqual(['ctd-fake-package']);
    expect(result.message).toContain('sudo apt-get install -y --no-install-recommends ctd-fake-package');
    expect(log.mock.calls.flat().join('\n')).not.toMatch(/^apt-get /m);
  });
});

describe('Bad requirements are a programming error', () => {
  it('throws for an item without a package name', () => {
    expect(() => ensureDebianPackages([{ command: 'xmllint', package: '' }])).toThrow(TypeError);
  });
});
