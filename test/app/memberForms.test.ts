/**
 * The pane's member forms commands (src/app/memberForms.ts) over the web mode's real file port:
 * issuing gives one .xlsx per member and a .zip of them; a gathering is written only while its
 * plan is still the one shown (a co-author's edit since the preview makes it show a new one);
 * a host without fillInputCells writes nothing.
 */
import * as fs from 'fs';
import * as path from 'path';
import { unzipSync } from 'fflate';
import { defaultCore } from '../../src/app/defaultCore';
import { issueMemberForms, previewGather, runGather } from '../../src/app/memberForms';
import { createFilePort } from '../../src/web/filePort';
import { clientWith } from '../web/fileClientFixtures';

const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'bac-trung-bo-2022.xlsx');
const deps = { ...defaultCore, now: () => new Date(2023, 0, 9, 8, 5) };

test('issuing: six forms, the zip holds the same six files', async () => {
  const port = createFilePort(await clientWith(SAMPLE));
  const r = await issueMemberForms(port, deps, { deadline: '15/01/2023' });
  if (!r.ok) throw new Error(r.refusal);
  expect(r.forms.map((f) => f.file.name)).toEqual(['TH.xlsx', 'NA.xlsx', 'HT.xlsx', 'QB.xlsx', 'QT.xlsx', 'TTH.xlsx']);
  expect(r.zip.name).toBe('phieu-cham-2022.zip');
  const zipped = unzipSync(r.zip.bytes);
  expect(Object.keys(zipped)).toEqual(r.forms.map((f) => f.file.name));
  for (const f of r.forms) expect(Buffer.from(zipped[f.file.name]).equals(Buffer.from(f.file.bytes))).toBe(true);
  const refused = await issueMemberForms(port, deps, { deadline: null, members: ['XYZ'] });
  expect(refused.ok ? null : [refused.refusal, refused.unknown]).toEqual(['unknownMembers', ['XYZ']]);
}, 60_000);

test('a plan that changed after the preview is shown again, not written; the same plan is written', async () => {
  const client = await clientWith(SAMPLE);
  const port = createFilePort(client);
  const issued = await issueMemberForms(port, deps, { deadline: null, members: ['NA'] });
  if (!issued.ok) throw new Error('refused');
  const files = issued.forms.map((f) => f.file);
  const shown = await previewGather(port, deps, files, false);
  expect(shown.plan.forms[0]).toMatchObject({ accepted: true, same: 89, fills: [], conflicts: [] });
  // A co-author changes NA's own I.1 in the workbook meanwhile (another gathering through the port).
  await client.fillInputCells({ cells: [{ sheet: 'Tự chấm', cell: 'E5', row: 4, col: 4, value: 9 }], log: [] });
  const changed = await runGather(port, deps, files, shown);
  expect(changed.kind).toBe('changed');
  if (changed.kind !== 'changed') return;
  expect(changed.preview.plan.forms[0].conflicts.map((c) => [c.cell, c.old, c.value])).toEqual([['E5', 9, 950]]);
  const before = await client.bytes();
  const done = await runGather(port, deps, files, changed.preview);
  expect(done).toMatchObject({ kind: 'done', cells: 0 });
  expect((await client.bytes()).length).toBeGreaterThan(before.length); // the log row
  const unsupported = await runGather({ ...port, fillInputCells: undefined }, deps, files, changed.preview);
  expect(unsupported.kind).toBe('unsupported');
}, 60_000);
