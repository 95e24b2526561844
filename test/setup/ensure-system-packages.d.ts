/** Types for ensure-system-packages.js (plain JS so that scripts and jest set-up can share it). */
export interface SystemRequirement {
  /** A program to look for on PATH; when absent the package is checked with dpkg instead. */
  command?: string;
  /** The Debian package that provides it. */
  package: string;
}

export interface EnsureResult {
  /** Packages installed by this call. */
  installed: string[];
  /** Packages still missing afterwards. */
  missing: string[];
  /** What to do about the missing ones (empty when nothing is missing). */
  message: string;
}

export function ensureDebianPackages(
  requirements: Array<string | SystemRequirement>,
  options?: { log?: (message: string) => void },
): EnsureResult;

export function commandExists(command: string): boolean;
export function packageInstalled(name: string): boolean;
