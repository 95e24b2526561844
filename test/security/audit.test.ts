/**
 * scripts/audit.js (`npm run audit-prod`) judges `npm audit --omit=dev --json` for CI: a high or
 * critical advisory fails it unless accepted with a written reason. Running npm audit needs the
 * registry, so here the judging is tested on reports shaped like npm's (auditReportVersion 2).
 */
import * as fs from 'fs';
import * as path from 'path';
import { ACCEPTED, analyse, describe as describeResult } from '../../scripts/audit';

const UUID = {
  source: 1109867,
  name: 'uuid',
  dependency: 'uuid',
  title: 'uuid: Missing buffer bounds check in v3/v5/v6 when buf is provided',
  url: 'https://github.com/advisories/GHSA-w5hq-g745-h8pq',
  severity: 'moderate',
  range: '<11.1.1',
};

function report(vulnerabilities: Record<string, unknown>): unknown {
  return { auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: {} } };
}

describe('npm run audit-prod', () => {
  test('passes a clean report', () => {
    const r = analyse(report({}));
    expect(r).toMatchObject({ ok: true, readable: true, advisories: [] });
    expect(describeResult(r)).toContain('0 critical, 0 high, 0 moderate, 0 low');
  });

  test('prints a moderate advisory but does not fail on it; a package that only depends on it adds nothing', () => {
    const r = analyse(
      report({
        uuid: { name: 'uuid', severity: 'moderate', via: [UUID], effects: ['exceljs'], range: '<11.1.1' },
        exceljs: { name: 'exceljs', severity: 'moderate', via: ['uuid'], effects: [], range: '>=3.0.0' },
      }),
    );
    expect(r.ok).toBe(true);
    expect(r.advisories.map((a) => [a.id, a.package, a.severity, a.blocking])).toEqual([['GHSA-w5hq-g745-h8pq', 'uuid', 'moderate', false]]);
    expect(describeResult(r)).toContain('[noted] moderate uuid <11.1.1 GHSA-w5hq-g745-h8pq');
  });

  test('fails on a high advisory without a reason, and passes once it is accepted with one', () => {
    const high = { ...UUID, name: 'minimatch', title: 'minimatch ReDoS', url: 'https://github.com/advisories/GHSA-3ppc-4f35-3m26', severity: 'high', range: '<=3.1.2' };
    const input = report({ minimatch: { name: 'minimatch', severity: 'high', via: [high] } });
    const refused = analyse(input, {});
    expect(refused.ok).toBe(false);
    expect(refused.advisories[0]).toMatchObject({ id: 'GHSA-3ppc-4f35-3m26', blocking: true, reason: null });
    expect(describeResult(refused)).toContain('[BLOCKING] high minimatch');
    const accepted = analyse(input, { 'GHSA-3ppc-4f35-3m26': 'Only build tools match file patterns; the program never does.' });
    expect(accepted.ok).toBe(true);
    expect(describeResult(accepted)).toContain('reason: Only build tools match file patterns');
  });

  test('a critical advisory fails too', () => {
    const critical = { ...UUID, severity: 'critical' };
    expect(analyse(report({ uuid: { name: 'uuid', severity: 'critical', via: [critical] } }), {}).ok).toBe(false);
  });

  test('an error from the registry is "could not run" (exit 2), never a pass', () => {
    const refused = { message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405 };
    const r = analyse(refused);
    expect(r).toMatchObject({ ok: false, readable: false });
    expect(describeResult(r)).toContain('could not be run or read: 405 Method Not Allowed');
    expect(analyse({ error: { code: 'ENOAUDIT', summary: 'audit endpoint returned an error' } }).problem).toBe('audit endpoint returned an error');
    expect(analyse(null).readable).toBe(false);
  });

  test('every accepted advisory carries a written reason and is listed in docs/reliability.md', () => {
    const docs = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'reliability.md'), 'utf8');
    const ids = Object.keys(ACCEPTED);
    expect(ids.filter((id) => !/^GHSA-/.test(id) || ACCEPTED[id].trim().length < 30)).toEqual([]);
    expect(ids.filter((id) => !docs.includes(id))).toEqual([]);
    expect(docs).toContain('npm run audit-prod');
  });
});
