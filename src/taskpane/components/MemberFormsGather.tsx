/**
 * "Thu phiếu chấm" (docs/phieu-cham.md): choose the returned form files, check and preview
 * (MemberFormsPreview: which cells each form fills, which conflict), then confirm — nothing is
 * written before that. The write itself re-plans first (src/app/memberForms.ts) and, when the
 * workbook changed since the preview, shows the new preview instead of writing.
 */
import * as React from 'react';
import { Button, Caption1, Checkbox, MessageBar, MessageBarBody, Text, makeStyles } from '@fluentui/react-components';
import type { Lang } from '../../core/index';
import { canGather, type GatherOutcome, type GatherPreview, type NamedBytes } from '../../app/memberForms';
import type { FormsStrings } from '../strings/forms';
import { MemberFormsPreview } from './MemberFormsPreview';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: '8px' },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: '8px', rowGap: '6px' },
  hidden: { display: 'none' },
});

export interface MemberFormsGatherProps {
  t: FormsStrings;
  lang: Lang;
  busy: boolean;
  /** Whether this host can write into input sheets at all. */
  canWrite: boolean;
  onPreview(files: NamedBytes[], replace: boolean): Promise<GatherPreview | undefined>;
  onGather(files: NamedBytes[], shown: GatherPreview): Promise<GatherOutcome | undefined>;
}

type Notice = { intent: 'success' | 'warning' | 'error'; text: string };

/** A chosen file's bytes (FileReader where a host's File has no arrayBuffer, as in older web views). */
function bytesOf(f: File): Promise<Uint8Array> {
  if (typeof f.arrayBuffer === 'function') return f.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(f);
  });
}

async function readChosen(list: FileList | null): Promise<NamedBytes[]> {
  const files = Array.from(list ?? []);
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: await bytesOf(f) })));
}

export function MemberFormsGather({ t, lang, busy, canWrite, onPreview, onGather }: MemberFormsGatherProps): React.JSX.Element {
  const styles = useStyles();
  const chooser = React.useRef<HTMLInputElement>(null);
  const [files, setFiles] = React.useState<NamedBytes[]>([]);
  const [replace, setReplace] = React.useState(false);
  const [preview, setPreview] = React.useState<GatherPreview | null>(null);
  const [notice, setNotice] = React.useState<Notice | null>(null);

  const choose = (e: React.ChangeEvent<HTMLInputElement>) => {
    const list = e.target.files;
    void readChosen(list).then((read) => {
      setFiles(read);
      setPreview(null);
      setNotice(null);
    });
    e.target.value = '';
  };

  const check = () =>
    void onPreview(files, replace).then((p) => {
      if (!p) return;
      setPreview(p);
      setNotice(canGather(p) ? null : { intent: 'error', text: t.gather.refused });
    });

  const confirm = () => {
    if (!preview) return;
    void onGather(files, preview).then((r) => {
      if (!r) return;
      switch (r.kind) {
        case 'done':
          setNotice({ intent: 'success', text: t.gather.done(r.preview.plan.forms.length, r.cells) });
          setPreview(null);
          setFiles([]);
          break;
        case 'changed':
          setPreview(r.preview);
          setNotice({ intent: 'warning', text: t.gather.changed });
          break;
        case 'refused':
          setPreview(r.preview);
          setNotice({ intent: 'error', text: t.gather.refused });
          break;
        case 'unsupported':
          setNotice({ intent: 'error', text: t.gather.unsupported });
          break;
      }
    });
  };

  return (
    <section aria-label={t.gather.title}>
      <Text as="h2" weight="semibold">
        {t.gather.title}
      </Text>
      <Caption1 block>{t.gather.intro}</Caption1>
      <div className={styles.form}>
        <div className={styles.actions}>
          <Button disabled={busy} onClick={() => chooser.current?.click()}>
            {t.gather.choose}
          </Button>
          <input ref={chooser} type="file" multiple accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" className={styles.hidden} aria-label={t.gather.choose} onChange={choose} data-testid="form-files" />
        </div>
        {files.length > 0 && <Caption1>{t.gather.chosen(files.length)}</Caption1>}
        <Checkbox
          checked={replace}
          label={t.gather.replace}
          onChange={(_, d) => {
            setReplace(d.checked === true);
            setPreview(null);
          }}
        />
        <Caption1>{t.gather.replaceHint}</Caption1>
        <div>
          <Button appearance="primary" disabled={busy || files.length === 0} onClick={check}>
            {t.gather.preview}
          </Button>
        </div>
      </div>
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline" data-testid="gather-notice">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {preview && (
        <div>
          <Text as="h3" weight="semibold">
            {t.gather.previewTitle}
          </Text>
          <Caption1 block>{t.gather.nothingWritten}</Caption1>
          <MemberFormsPreview preview={preview} lang={lang} t={t} />
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy || !canWrite || !canGather(preview)} onClick={confirm}>
              {t.gather.confirm}
            </Button>
            <Button disabled={busy} onClick={() => setPreview(null)}>
              {t.gather.cancel}
            </Button>
          </div>
          {!canWrite && <Caption1>{t.gather.unsupported}</Caption1>}
        </div>
      )}
    </section>
  );
}
