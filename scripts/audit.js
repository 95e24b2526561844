#!/usr/bin/env node
/**
 * `npm run audit-prod`: the security advisories of the packages the program ships with
 * (`npm audit --omit=dev`), for CI (issue 6, part 6). It fails on any high or critical advisory
 * that is not listed in ACCEPTED below with a written reason; moderate and low ones are printed.
 * It needs the npm registry, so it is a script, not a test.
 *
 *   node scripts/audit.js                  runs npm audit --omit=dev --json and judges it
 *   node scripts/audit.js --report a.json  judges a report saved earlier (no network)
 *
 * Exit codes: 0 nothing blocking; 1 a high or critical advisory without a written reason;
 * 2 the audit could not be run or read (no network, the registry refused it).
 */
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');

/**
 * High or critical advisories we accept, by GHSA id, each with the reason (also written in
 * docs/reliability.md, "Kiểm tra bảo mật / Security checks"). Empty: none is accepted today.
 * @type {Record<string, string>}
 */
const ACCEPTED = {};

const BLOCKING = new Set(['high', 'critical']);
const ORDER = ['critical', 'high', 'moderate', 'low', 'info'];

/** "https://github.com/advisories/GHSA-xxxx-xxxx-xxxx" → "GHSA-xxxx-xxxx-xxxx" (or the url / source). */
function advisoryId(via) {
  const m = /GHSA-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}/i.exec(String(via.url || ''));
  return m ? m[0] : String(via.url || via.source || via.title || 'unknown');
}

/**
 * Judges an `npm audit --json` report (auditReportVersion 2).
 * @param {unknown} report
 * @param {Record<string, string>} accepted
 * @returns {{ ok: boolean, readable: boolean, problem: string | null, counts: Record<string, number>,
 *   advisories: { id: string, package: string, severity: string, title: string, range: string, url: string,
 *   blocking: boolean, reason: string | null }[] }}
 */
function analyse(report, accepted = ACCEPTED) {
  const counts = { critical: 0, high: 0, moderate: 0, low: 0, info: 0 };
  const r = report && typeof report === 'object' ? report : null;
  if (!r || !r.vulnerabilities || typeof r.vulnerabilities !== 'object') {
    const why = r && (r.message || (r.error && (r.error.summary || r.error.code)));
    return { ok: false, readable: false, problem: why ? String(why) : 'not an npm audit report', counts, advisories: [] };
  }
  const seen = new Map();
  for (const [name, v] of Object.entries(r.vulnerabilities)) {
    for (const via of Array.isArray(v && v.via) ? v.via : []) {
      // A string names another vulnerable package this one depends on: its advisory is listed there.
      if (!via || typeof via !== 'object') continue;
      const id = advisoryId(via);
      const key = id + ' ' + (via.name || name);
      if (seen.has(key)) continue;
      const severity = ORDER.includes(via.severity) ? via.severity : String(v.severity || 'info');
      const reason = Object.prototype.hasOwnProperty.call(accepted, id) ? accepted[id] : null;
      seen.set(key, {
        id,
        package: String(via.name || name),
        severity,
        title: String(via.title || ''),
        range: String(via.range || v.range || ''),
        url: String(via.url || ''),
        blocking: BLOCKING.has(severity) && !reason,
        reason,
      });
    }
  }
  const advisories = [...seen.values()].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity) || a.package.localeCompare(b.package));
  for (const a of advisories) counts[a.severity] = (counts[a.severity] || 0) + 1;
  return { ok: !advisories.some((a) => a.blocking), readable: true, problem: null, counts, advisories };
}

/** The text the script prints for a judged report. */
function describe(result) {
  if (!result.readable) return `npm audit could not be run or read: ${result.problem}\n`;
  const lines = [];
  const c = result.counts;
  lines.push(`Advisories for production packages: ${c.critical} critical, ${c.high} high, ${c.moderate} moderate, ${c.low} low.`);
  for (const a of result.advisories) {
    const mark = a.blocking ? 'BLOCKING' : a.reason ? 'accepted' : 'noted';
    lines.push(`  [${mark}] ${a.severity} ${a.package} ${a.range} ${a.id} — ${a.title}${a.reason ? `\n      reason: ${a.reason}` : ''}`);
  }
  lines.push(result.ok ? 'No high or critical advisory without a written reason.' : 'High or critical advisories need a fix or a written reason in scripts/audit.js (ACCEPTED).');
  return lines.join('\n') + '\n';
}

function runNpmAudit() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const res = spawnSync(npm, ['audit', '--omit=dev', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, shell: process.platform === 'win32' });
  if (res.error) return { error: { summary: res.error.message } };
  try {
    return JSON.parse(res.stdout);
  } catch {
    return { error: { summary: (res.stderr || '').trim().split('\n').pop() || 'no JSON from npm audit' } };
  }
}

function main(argv) {
  const i = argv.indexOf('--report');
  let report;
  if (i >= 0) {
    try {
      report = JSON.parse(fs.readFileSync(argv[i + 1], 'utf8'));
    } catch (e) {
      report = { error: { summary: `cannot read ${argv[i + 1]}: ${e.message}` } };
    }
  } else report = runNpmAudit();
  const result = analyse(report);
  process.stdout.write(describe(result));
  return !result.readable ? 2 : result.ok ? 0 : 1;
}

module.exports = { analyse, describe, ACCEPTED };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
