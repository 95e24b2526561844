/**
 * Small values kept inside the workbook through `Office.context.document.settings` (the
 * add-in's own per-document store; it travels with the file and co-authors see it).
 */
import { PortError } from '../core/port';

function settings(): Office.Settings | null {
  if (typeof Office === 'undefined') return null;
  return Office.context?.document?.settings ?? null;
}

/** True when there is a document to keep settings in (false outside Office). */
export function hasDocumentSettings(): boolean {
  return settings() !== null;
}

/** The stored text, or null when there is none (or no document at all). */
export function loadSetting(key: string): string | null {
  const store = settings();
  if (!store) return null;
  const value: unknown = store.get(key);
  return typeof value === 'string' ? value : null;
}

/** Stores (or, with null, removes) a value and saves the settings into the document. */
export function saveSetting(key: string, value: string | null): Promise<void> {
  const store = settings();
  if (!store) return Promise.resolve();
  if (value === null) store.remove(key);
  else store.set(key, value);
  return new Promise<void>((resolve, reject) => {
    store.saveAsync((result: Office.AsyncResult<void>) => {
      // Compared as text: Office.AsyncResultStatus.Succeeded is the string "succeeded".
      if (String(result.status) === 'succeeded') resolve();
      else
        reject(
          new PortError(
            'host',
            'Không lưu được thiết lập của phần bổ trợ vào sổ làm việc (' + (result.error?.message ?? 'lỗi không rõ') + ').',
            'Could not save the add-in settings into the workbook (' + (result.error?.message ?? 'unknown error') + ').',
          ),
        );
    });
  });
}
