/**
 * In & Tải về: the last step. In Excel, the result sheets to print, each opened with one press
 * (their page setup is done when they are written); in the file mode the shell adds its download
 * (with its percentage) as `children`.
 */
import * as React from 'react';
import type { StepState } from '../../app/steps';
import type { Strings } from '../strings';
import { useViewStyles } from '../styles';

export interface DeliverViewProps {
  t: Strings;
  /** The output sheets the workbook holds now. */
  outputs: readonly string[];
  state: StepState;
  /** Opens a sheet (Excel); absent where there is no grid to show. */
  onOpenSheet?(sheet: string): void;
  /** What the shell adds (the file mode's download). */
  children?: React.ReactNode;
}

export function DeliverView({ t, outputs, state, onOpenSheet, children }: DeliverViewProps): React.JSX.Element {
  const view = useViewStyles();
  return (
    <section className={view.root} aria-labelledby="view-title">
      <h2 id="view-title" className={view.title}>
        {t.steps.deliver}
      </h2>
      {children}
      {onOpenSheet && <p className={view.text}>{t.deliver.intro}</p>}
      {state === 'stale' && outputs.length > 0 && (
        <p className={view.text} role="note">
          <strong>{t.deliver.staleNote}</strong>
        </p>
      )}
      <h3 className={view.subheading}>{t.deliver.sheetsTitle}</h3>
      {outputs.length === 0 && <p className={view.text}>{t.deliver.none}</p>}
      {outputs.length > 0 && (
        <ul className={view.plainList}>
          {outputs.map((s) => (
            <li key={s}>
              {onOpenSheet ? (
                <button type="button" className={view.link} onClick={() => onOpenSheet(s)}>
                  {t.deliver.goTo(s)}
                </button>
              ) : (
                `“${s}”`
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
