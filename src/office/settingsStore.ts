/**
 * WorkbookPort.loadSetting / saveSetting over the shared state sheet (workbookState.ts): read
 * fresh in the same request that writes, so a co-author's other keys are never overwritten.
 */
import { runBatch } from './runBatch';
import type { ShellEnv } from './shellEnv';
import { timedSync } from './timedSync';
import { queueSettings, queueStateLoad } from './workbookState';

/**
 * What the shell before issue 12 kept in the document settings (the last ranking's fingerprint),
 * read only when the workbook's state has no value yet, so that a workbook ranked with it still
 * tells when its data changed. Never written any more.
 */
function legacySetting(key: string): string | null {
  if (typeof Office === 'undefined') return null;
  try {
    const value: unknown = Office.context?.document?.settings?.get(key);
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

export async function loadSetting(key: string, env: ShellEnv): Promise<string | null> {
  return runBatch(async (context) => {
    const state = queueStateLoad(context);
    await timedSync(context, env.timeoutMs);
    const now = state();
    if (env.cache) env.cache.state = now;
    return now.settings.get(key)?.value ?? legacySetting(key);
  }, env.timeoutMs);
}

export async function saveSetting(key: string, value: string, env: ShellEnv): Promise<void> {
  await runBatch(async (context) => {
    const state = queueStateLoad(context);
    await timedSync(context, env.timeoutMs);
    const next = queueSettings(context, state(), { [key]: value });
    await timedSync(context, env.timeoutMs);
    if (env.cache) env.cache.state = next;
  }, env.timeoutMs);
}
