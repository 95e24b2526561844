/** Types for audit.js (plain JS so that CI can run it with node alone, without a build). */
export interface AuditAdvisory {
  id: string;
  package: string;
  severity: string;
  title: string;
  range: string;
  url: string;
  /** High or critical, and not accepted with a reason. */
  blocking: boolean;
  reason: string | null;
}
export interface AuditResult {
  ok: boolean;
  readable: boolean;
  problem: string | null;
  counts: Record<string, number>;
  advisories: AuditAdvisory[];
}
export const ACCEPTED: Record<string, string>;
export function analyse(report: unknown, accepted?: Record<string, string>): AuditResult;
export function describe(result: AuditResult): string;
