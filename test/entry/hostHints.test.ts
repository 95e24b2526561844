/**
 * Office's own hints that it opened the page (src/entry/hostHints.ts): inside Office the page
 * shows a spinner while Office.js starts instead of the file mode.
 */
import { officeHostHint, officeHostInfo } from '../../src/entry/hostHints';

const page = (search: string, hash = '', stored: string | null = null) => ({
  location: { search, hash },
  sessionStorage: { getItem: (k: string) => (k === 'hostInfoValue' ? stored : null) },
});

describe('officeHostHint', () => {
  it('reads the host Office puts in the address', () => {
    expect(officeHostHint(page('?_host_Info=Excel$Win32$16.01$vi-VN$$$$0'))).toBe('Excel');
    expect(officeHostHint(page('?et=&_host_Info=Excel%24Mac%2416.01%24en-GB'))).toBe('Excel');
    expect(officeHostHint(page('', '#_host_Info=Excel|Web|16.00|vi-VN'))).toBe('Excel');
  });

  it('carries Office’s display language, for the spinner while Office.js starts', () => {
    expect(officeHostInfo(page('?_host_Info=Excel$Win32$16.01$vi-VN$$$$0'))).toEqual({ host: 'Excel', locale: 'vi-VN' });
    expect(officeHostInfo(page('?_host_Info=Excel'))).toEqual({ host: 'Excel', locale: null });
  });

  it('reads what Office.js kept in the session after a navigation', () => {
    expect(officeHostHint(page('', '', 'Excel$OfficeOnline$16.01$en-US$$$$0'))).toBe('Excel');
  });

  it('a plain browser page gives no hint', () => {
    expect(officeHostHint(page(''))).toBeNull();
    expect(officeHostHint(page('?file=sample.xlsx'))).toBeNull();
    expect(officeHostHint(undefined)).toBeNull();
    const refusing = { location: { search: '' }, sessionStorage: { getItem: () => { throw new Error('denied'); } } };
    expect(officeHostHint(refusing)).toBeNull();
  });
});
