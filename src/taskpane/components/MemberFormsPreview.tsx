/**
 * The preview of a gathering (docs/phieu-cham.md), shown before anything is written: for each
 * form, whether it is accepted, who filled it, which workbook cells it fills, which conflict (and
 * whether the workbook's value is kept), and its problems with file, sheet and cell; files that
 * could not be read; and what confirming would write. Presentational only.
 */
import * as React from 'react';
import { Badge, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { formatPoints, type Lang } from '../../core/index';
import { formWordsFor, gatherLine, type CellChange, type FormOutcome } from '../../core/forms/index';
import type { GatherPreview } from '../../app/memberForms';
import type { FormsStrings } from '../strings/forms';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '10px', minWidth: 0 },
  form: { display: 'flex', flexDirection: 'column', rowGap: '4px', padding: '6px 8px', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: '6px', rowGap: '2px', overflowWrap: 'anywhere' },
  list: { margin: 0, paddingLeft: '18px', overflowWrap: 'anywhere' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  total: { fontWeight: tokens.fontWeightSemibold },
  fills: { '& > summary': { cursor: 'pointer' } },
});

/** "Tự chấm: 15 · Chấm chéo - NA: 74": how many cells in each sheet. */
function bySheet(cells: readonly CellChange[]): string {
  const counts = new Map<string, number>();
  for (const c of cells) counts.set(c.sheet, (counts.get(c.sheet) ?? 0) + 1);
  return [...counts].map(([sheet, n]) => `${sheet}: ${n}`).join(' · ');
}

/** Cells listed one by one per list; the rest are counted. */
export const LISTED = 30;

function Cells({ items, render, t, kind }: { items: readonly CellChange[]; render: (c: CellChange) => string; t: FormsStrings; kind: string }): React.JSX.Element {
  const styles = useStyles();
  return (
    <ul className={styles.list} data-kind={kind}>
      {items.slice(0, LISTED).map((c) => (
        <li key={`${c.sheet}!${c.cell}`} data-cell={`${c.sheet}!${c.cell}`}>
          {render(c)}
        </li>
      ))}
      {items.length > LISTED && <li>{t.preview.more(items.length - LISTED)}</li>}
    </ul>
  );
}

function FormCard({ f, lang, t, replace }: { f: FormOutcome; lang: Lang; t: FormsStrings; replace: boolean }): React.JSX.Element {
  const styles = useStyles();
  const w = formWordsFor(lang);
  const title = [f.file, f.memberName || f.member].filter(Boolean).join(' — ');
  return (
    <section className={styles.form} data-form={f.file} data-accepted={f.accepted ? 'yes' : 'no'} aria-label={title}>
      <div className={styles.head}>
        <Text weight="semibold">{title}</Text>
        <Badge appearance="tint" color={f.accepted ? 'success' : 'danger'}>
          {f.accepted ? t.preview.accepted : t.preview.refused}
        </Badge>
      </div>
      {f.accepted && <Caption1>{t.preview.summary(f.fills.length, f.same, f.conflicts.length)}</Caption1>}
      {f.signer && <Caption1>{t.preview.signer(f.signer)}</Caption1>}
      {f.accepted && f.fills.length > 0 && (
        // Every cell is here, folded: a form fills dozens of cells, the sheets and counts say enough at a glance.
        <details className={styles.fills}>
          <summary>
            <Text size={200} weight="semibold">
              {t.preview.fills(f.fills.length)}
            </Text>{' '}
            <Caption1>{bySheet(f.fills)}</Caption1>
          </summary>
          <Cells items={f.fills} t={t} kind="fills" render={(c) => `${c.sheet}!${c.cell} ← ${formatPoints(c.value, lang)}`} />
        </details>
      )}
      {f.accepted && f.conflicts.length > 0 && (
        <>
          <Text size={200} weight="semibold">
            {t.preview.conflicts(f.conflicts.length)}
          </Text>
          <Cells items={f.conflicts} t={t} kind="conflicts" render={(c) => `${w.conflict(c)} (${replace ? t.preview.conflictReplaced : t.preview.conflictKept})`} />
        </>
      )}
      {f.problems.length > 0 && (
        <ul className={styles.list} data-kind="problems" aria-label={t.preview.problems}>
          {f.problems.map((p, i) => (
            <li key={i} className={p.severity === 'error' ? styles.error : styles.warning} data-code={p.code}>
              {gatherLine(p, lang)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export interface MemberFormsPreviewProps {
  preview: GatherPreview;
  lang: Lang;
  t: FormsStrings;
}

export function MemberFormsPreview({ preview, lang, t }: MemberFormsPreviewProps): React.JSX.Element {
  const styles = useStyles();
  const { plan } = preview;
  const conflicts = plan.forms.reduce((n, f) => n + (f.accepted ? f.conflicts.length : 0), 0);
  const refusal = plan.refusal !== null && plan.refusal !== 'formsRefused' ? formWordsFor(lang).gatherRefusal[plan.refusal] : null;
  return (
    <div className={styles.root} data-testid="gather-preview">
      {refusal && <Text className={styles.error}>{refusal}</Text>}
      {preview.unreadable.length > 0 && (
        <ul className={styles.list} data-kind="unreadable">
          {preview.unreadable.map((u) => (
            <li key={u.file} className={styles.error}>
              {t.gather.unreadable(u.file, lang === 'en' ? u.en : u.vi)}
            </li>
          ))}
        </ul>
      )}
      {plan.forms.map((f) => (
        <FormCard key={f.file} f={f} lang={lang} t={t} replace={plan.replace} />
      ))}
      {plan.refusal === null && preview.unreadable.length === 0 && (
        <Text className={styles.total} data-testid="gather-total">
          {t.preview.total(plan.writes.length, conflicts, plan.replace)}
        </Text>
      )}
    </div>
  );
}
