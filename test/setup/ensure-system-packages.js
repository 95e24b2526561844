'use strict';
/**
 * Makes sure the system programs a test needs are on the machine, installing the Debian
 * packages that provide them when they are missing.
 *
 * Why: CI and every new machine start without them (xmllint for the manifest schema test,
 * chromium for browser tests, libreoffice for document rendering), and the project's own files
 * must install what its tests need. We install only when we are root on Debian; anywhere else
 * we report what is missing and let the caller fail with a clear message.
 *
 * Synchronous on purpose: it can be called at the top of a test file or in a jest globalSetup
 * without juggling promises, and an install must finish before the test runs anyway.
 *
 * Usage:
 *   const { ensureDebianPackages } = require('../setup/ensure-system-packages');
 *   const result = ensureDebianPackages([{ command: 'xmllint', package: 'libxml2-utils' }]);
 *   if (result.missing.length > 0) throw new Error(result.message);
 *
 * A plain string is a package name checked with dpkg (no command to look for):
 *   ensureDebianPackages(['fonts-dejavu-core']);
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

/** How long apt waits for another apt/dpkg (e.g. a parallel jest worker) to release its lock. */
const APT_LOCK_TIMEOUT_SECONDS = 600;

/** apt-get update is run at most once per process. */
let aptUpdated = false;

function defaultLog(message) {
  process.stderr.write(`[ensure-system-packages] ${message}\n`);
}

/** True when an executable named `command` is on PATH (or `command` is a path to one). */
function commandExists(command) {
  const candidates = command.includes('/')
    ? [command]
    : (process.env.PATH || '').split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, command));
  return candidates.some((file) => {
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  });
}

/** True when dpkg reports the package as installed. */
function packageInstalled(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && /install ok installed/.test(result.stdout || '');
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function isDebian() {
  return fs.existsSync('/etc/debian_version') && commandExists('apt-get');
}

/** Normalizes the list: strings are packages without a command. */
function normalize(requirements) {
  return requirements.map((item) => {
    if (typeof item === 'string') return { command: null, package: item };
    if (!item || typeof item.package !== 'string' || item.package === '') {
      throw new TypeError('ensureDebianPackages: each item is a package name or {command, package}');
    }
    return { command: item.command || null, package: item.package };
  });
}

function isSatisfied(requirement) {
  return requirement.command ? commandExists(requirement.command) : packageInstalled(requirement.package);
}

function describe(requirement) {
  return requirement.command ? `${requirement.command} (${requirement.package})` : requirement.package;
}

/** Runs an apt-get command; returns true on success. Output is shown only when it fails. */
function runApt(args, log) {
  const fullArgs = ['-o', `DPkg::Lock::Timeout=${APT_LOCK_TIMEOUT_SECONDS}`, ...args];
  log(`apt-get ${fullArgs.join(' ')}`);
  const result = spawnSync('apt-get', fullArgs, {
    encoding: 'utf8',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const output = `${result.stdout || ''}${result.stderr || ''}`.trim().split('\n').slice(-20).join('\n');
    log(`apt-get ${args[0]} failed (exit ${result.status}${result.error ? `, ${result.error.message}` : ''}):\n${output}`);
    return false;
  }
  return true;
}

/** Has apt ever downloaded package lists on this machine? */
function aptListsPresent() {
  try {
    return fs.readdirSync('/var/lib/apt/lists').some((name) => name.endsWith('_Packages') || name.includes('_Packages.'));
  } catch {
    return false;
  }
}

function aptUpdate(log) {
  if (aptUpdated) return true;
  aptUpdated = runApt(['update'], log);
  return aptUpdated;
}

/**
 * Ensures every requirement is satisfied.
 * @param {Array<string | {command?: string, package: string}>} requirements
 * @param {{log?: (message: string) => void}} [options]
 * @returns {{installed: string[], missing: string[], message: string}} `missing` lists what is
 *   still absent afterwards (package names); `message` says what to do about it.
 */
function ensureDebianPackages(requirements, options = {}) {
  const log = options.log || defaultLog;
  const wanted = normalize(requirements);
  const absent = wanted.filter((requirement) => !isSatisfied(requirement));
  if (absent.length === 0) return { installed: [], missing: [], message: '' };

  const packages = [...new Set(absent.map((requirement) => requirement.package))];
  log(`missing: ${absent.map(describe).join(', ')}`);

  if (!isRoot() || !isDebian()) {
    const message =
      `Missing system programs: ${absent.map(describe).join(', ')}. ` +
      `Install them with: sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`;
    log(message);
    return { installed: [], missing: packages, message };
  }

  const install = ['install', '-y', '--no-install-recommends', ...packages];
  // Package lists may be missing (fresh image) or stale (a package moved): update, then retry.
  if (!aptListsPresent()) aptUpdate(log);
  if (!runApt(install, log) && aptUpdate(log)) runApt(install, log);

  const stillAbsent = absent.filter((requirement) => !isSatisfied(requirement));
  const missing = [...new Set(stillAbsent.map((requirement) => requirement.package))];
  const installed = packages.filter((name) => !missing.includes(name));
  if (installed.length > 0) log(`installed: ${installed.join(', ')}`);
  const message =
    missing.length === 0
      ? ''
      : `Could not install ${stillAbsent.map(describe).join(', ')} with apt-get; see the output above.`;
  if (message) log(message);
  return { installed, missing, message };
}

module.exports = { ensureDebianPackages, commandExists, packageInstalled };
