/**
 * Deciding between the add-in and the file mode (src/entry/officeProbe.ts): inside Excel only when
 * Office.onReady names a host; never waiting forever for Office.js; switching to the add-in if
 * Office answers after the deadline.
 */
import { probeOffice, type OfficeLike } from '../../src/entry/officeProbe';

const answering = (host: unknown): OfficeLike => ({ onReady: () => Promise.resolve({ host }) });

describe('Which mode', () => {
  it('no Office.js at all (it failed to load): the file mode at once', async () => {
    await expect(probeOffice(undefined, 50)).resolves.toEqual({ kind: 'browser', why: 'noOfficeJs' });
    await expect(probeOffice({}, 50)).resolves.toEqual({ kind: 'browser', why: 'noOfficeJs' });
  });

  it('Office.onReady names Excel: the add-in', async () => {
    await expect(probeOffice(answering('Excel'), 50)).resolves.toEqual({ kind: 'office' });
  });

  it('Office.onReady answers without a host (an ordinary browser): the file mode', async () => {
    await expect(probeOffice(answering(null), 50)).resolves.toEqual({ kind: 'browser', why: 'noHost' });
  });

  it('Office.onReady fails or throws: the file mode', async () => {
    await expect(probeOffice({ onReady: () => Promise.reject(new Error('x')) }, 50)).resolves.toEqual({ kind: 'browser', why: 'noOfficeJs' });
    await expect(
      probeOffice({
        onReady: () => {
          throw new Error('x');
        },
      }, 50),
    ).resolves.toEqual({ kind: 'browser', why: 'noOfficeJs' });
  });
});

describe('Office.js slow to answer', () => {
  it('no answer before the deadline: the file mode, and a later "Excel" calls onLateHost', async () => {
    let answer: (info: { host: unknown }) => void = () => undefined;
    const office: OfficeLike = { onReady: () => new Promise((resolve) => (answer = resolve)) };
    const late: string[] = [];
    await expect(probeOffice(office, 20, () => late.push('late'))).resolves.toEqual({ kind: 'browser', why: 'timeout' });
    expect(late).toEqual([]);
    answer({ host: 'Excel' });
    await new Promise((r) => setTimeout(r, 0));
    expect(late).toEqual(['late']);
  });

  it('a late answer without a host changes nothing', async () => {
    let answer: (info: { host: unknown }) => void = () => undefined;
    const late: string[] = [];
    await probeOffice({ onReady: () => new Promise((resolve) => (answer = resolve)) }, 20, () => late.push('late'));
    answer({ host: null });
    await new Promise((r) => setTimeout(r, 0));
    expect(late).toEqual([]);
  });
});
