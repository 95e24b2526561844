/**
 * The file mode's first screen: "Mở tệp Excel" (a file chooser), the drop target for a dragged
 * .xlsx, and "Tạo sổ mới" for starting from an empty workbook. The drop itself is handled by the
 * whole page (FileMode.tsx); this panel only shows where to drop.
 */
import * as React from 'react';
import { Button, Caption1, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { WebStrings } from './strings';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    rowGap: '8px',
    padding: '24px 12px',
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: 'center',
  },
  zoneActive: {
    border: `2px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  hint: { color: tokens.colorNeutralForeground2 },
  newBlock: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: '4px', marginTop: '4px' },
  hidden: { display: 'none' },
});

export interface OpenPanelProps {
  t: WebStrings;
  busy: boolean;
  dragging: boolean;
  onFile(file: File): void;
  onNew(): void;
}

/** The accept list of the chooser: the extension and the .xlsx media type. */
export const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function OpenPanel({ t, busy, dragging, onFile, onNew }: OpenPanelProps): React.JSX.Element {
  const styles = useStyles();
  const chooser = React.useRef<HTMLInputElement>(null);
  return (
    <>
      <div className={mergeClasses(styles.zone, dragging && styles.zoneActive)} data-testid="drop-zone">
        <Button appearance="primary" size="large" disabled={busy} onClick={() => chooser.current?.click()}>
          {t.open}
        </Button>
        <Text className={styles.hint}>{dragging ? t.dropNow : t.dropHint}</Text>
        <FileChooser ref={chooser} label={t.open} onFile={onFile} className={styles.hidden} />
      </div>
      <div className={styles.newBlock}>
        <Button disabled={busy} onClick={onNew}>
          {t.newWorkbook}
        </Button>
        <Caption1 className={styles.hint}>{t.newWorkbookHint}</Caption1>
      </div>
    </>
  );
}

/** A hidden <input type="file"> that hands over the chosen file and forgets it (so the same file can be chosen again). */
export const FileChooser = React.forwardRef<HTMLInputElement, { label: string; className?: string; onFile(file: File): void }>(
  function FileChooser({ label, className, onFile }, ref) {
    return (
      <input
        ref={ref}
        type="file"
        accept={XLSX_ACCEPT}
        aria-label={label}
        className={className}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    );
  },
);
