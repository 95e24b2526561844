/**
 * Xếp hạng / Rank: computes and writes the ranking sheets next to its result, then shows the
 * ranking: rank (shared ranks marked), member, total, band, the notes saying which tie-break
 * decided (docs/quy-tac-tinh-diem.md §6), and the total split by group — as a bar whose numbers
 * each row opens ("Điểm theo nhóm"), or as one table of every member's group scores.
 */
import * as React from 'react';
import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { formatPoints, memberNames, rankNoteTexts, wordsFor, type Lang, type RankReport } from '../../core/index';
import type { CommandResult } from '../../app/commands';
import { rankingPicture, type RankingPicture, type RankingRow } from '../../app/rankingRows';
import { Pill, type PillTone } from '../components/Pill';
import { CommandView } from '../components/CommandView';
import { DEDUCTION_PATTERN, partBackground, ScoreBar } from '../components/ScoreBar';
import type { Notice } from '../notices';
import type { Strings } from '../strings';
import { useViewStyles } from '../styles';

const useStyles = makeStyles({
  legend: { display: 'flex', flexWrap: 'wrap', columnGap: '10px', rowGap: '2px', listStyleType: 'none', margin: 0, padding: 0 },
  legendItem: { display: 'flex', alignItems: 'center', columnGap: '4px', fontSize: tokens.fontSizeBase200, minWidth: 0, maxWidth: '100%' },
  swatch: { width: '12px', height: '12px', flexShrink: 0, borderRadius: '2px' },
  legendText: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', maxWidth: '260px' },
  toggle: { display: 'flex', columnGap: '0', border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, width: 'fit-content', overflow: 'hidden' },
  toggleButton: {
    padding: '4px 12px',
    border: 'none',
    background: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase200,
    cursor: 'pointer',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  toggleOn: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: '10px' },
  row: { display: 'flex', flexDirection: 'column', rowGap: '3px', paddingBottom: '8px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: '6px' },
  rank: { fontWeight: tokens.fontWeightSemibold, minWidth: '56px' },
  name: { fontWeight: tokens.fontWeightSemibold, flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  figures: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  details: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', columnGap: '8px', rowGap: '1px', margin: '2px 0 0', fontSize: tokens.fontSizeBase200 },
  term: { display: 'flex', alignItems: 'center', columnGap: '4px', minWidth: 0, overflowWrap: 'anywhere' },
  value: { margin: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  notes: { margin: 0, paddingLeft: '16px', fontSize: tokens.fontSizeBase200 },
  tableWrap: { overflowX: 'auto', maxWidth: '100%', ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, minWidth: '100%' },
  th: { textAlign: 'right', fontWeight: tokens.fontWeightSemibold, padding: '4px 6px', borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, whiteSpace: 'nowrap' },
  td: { textAlign: 'right', padding: '4px 6px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  left: { textAlign: 'left', whiteSpace: 'normal', minWidth: '96px' },
});

const BAND_TONES: readonly PillTone[] = ['success', 'brand', 'warning', 'info'];

export interface RankViewProps {
  t: Strings;
  lang: Lang;
  run: CommandResult<RankReport> | null;
  busy: boolean;
  running: boolean;
  stage: string | null;
  notice: Notice | null;
  focusSeq: number;
  stale: boolean;
  onRun(): void;
  onShowErrors(): void;
}

/** A deduction as the pane writes it: "0,00" when there is none (never "−0,00"), else "−1,00". */
export function deductionText(h: number, lang: Lang): string {
  return h > 0 ? `−${formatPoints(h, lang)}` : formatPoints(0, lang);
}

/** A bonus: "+3,00", or "0,00" when there is none. */
export function bonusText(h: number, lang: Lang): string {
  return h > 0 ? `+${formatPoints(h, lang)}` : formatPoints(0, lang);
}

export function RankView(props: RankViewProps): React.JSX.Element {
  const { t, lang, run, busy } = props;
  const view = useViewStyles();
  const styles = useStyles();
  const [asTable, setAsTable] = React.useState(false);
  const report = run?.report ?? null;
  const picture = report?.workbook && report.results ? rankingPicture(report.workbook, report.results) : null;

  return (
    <CommandView
      t={t}
      title={t.steps.rank}
      intro={t.rank.intro}
      note={
        props.stale && (
          <p className={view.text} role="note">
            <strong>{t.stale}</strong>
          </p>
        )
      }
      runLabel={t.rank.run}
      notRun={t.rank.notRun}
      resultTitle={t.rank.result}
      hasRun={run !== null}
      busy={busy}
      running={props.running}
      stage={props.stage}
      notice={props.notice}
      focusSeq={props.focusSeq}
      onRun={props.onRun}
      onShowErrors={props.onShowErrors}
    >
      {picture && run && (
        <>
          <Caption1>{t.rank.computed(run.computedAt, report?.fingerprint ?? t.settings.none)}</Caption1>
          <div className={styles.toggle} role="group" aria-label={t.rank.show}>
            {[false, true].map((table) => (
              <button
                key={String(table)}
                type="button"
                className={mergeClasses(styles.toggleButton, asTable === table && styles.toggleOn)}
                aria-pressed={asTable === table}
                onClick={() => setAsTable(table)}
              >
                {table ? t.rank.asTable : t.rank.asBars}
              </button>
            ))}
          </div>
          {asTable ? <ScoreTable t={t} lang={lang} picture={picture} /> : <RankingBars t={t} lang={lang} picture={picture} report={report!} />}
        </>
      )}
    </CommandView>
  );
}

function Legend({ t, picture }: { t: Strings; picture: RankingPicture }): React.JSX.Element {
  const styles = useStyles();
  return (
    <ul className={styles.legend} aria-label={t.rank.legend}>
      {picture.groups.map((g) => (
        <li key={g.key} className={styles.legendItem}>
          <span className={styles.swatch} style={{ background: partBackground(g.colour) }} aria-hidden="true" />
          <span className={styles.legendText} title={`${g.key}. ${g.label}`}>
            {g.key}. {g.label}
          </span>
        </li>
      ))}
      <li className={styles.legendItem}>
        <span className={styles.swatch} style={{ background: partBackground(-1) }} aria-hidden="true" />
        {t.rank.bonus}
      </li>
      <li className={styles.legendItem}>
        <span className={styles.swatch} style={{ backgroundImage: DEDUCTION_PATTERN }} aria-hidden="true" />
        {t.rank.deduction}
      </li>
    </ul>
  );
}

function RankingBars({ t, lang, picture, report }: { t: Strings; lang: Lang; picture: RankingPicture; report: RankReport }): React.JSX.Element {
  const styles = useStyles();
  const names = memberNames(report.workbook);
  const words = wordsFor(lang);
  const pts = (h: number) => formatPoints(h, lang);
  const barLabel = (r: RankingRow) =>
    t.rank.barLabel(
      r.name,
      pts(r.total),
      r.parts.filter((p) => p.key !== 'bonus').map((p) => `${t.rank.group(p.key)} ${pts(p.value)}`),
      pts(r.bonus),
      pts(r.deduction),
    );
  return (
    <>
      <Legend t={t} picture={picture} />
      <ol className={styles.list} aria-label={t.rank.listLabel}>
        {picture.rows.map((r) => (
          <li key={r.member} className={styles.row}>
            <div className={styles.head}>
              <span className={styles.rank}>
                {t.rank.rank(r.rank)}
                {r.shared ? ` (${t.rank.shared})` : ''}
              </span>
              <span className={styles.name}>{r.name}</span>
              <Pill tone={r.bandIndex < 0 ? 'danger' : BAND_TONES[Math.min(r.bandIndex, BAND_TONES.length - 1)]}>{r.band ?? t.rank.noBand}</Pill>
            </div>
            <div className={styles.figures}>
              {t.rank.total} <strong>{pts(r.total)}</strong> · {t.rank.bonus} {bonusText(r.bonus, lang)} · {t.rank.deduction} {deductionText(r.deduction, lang)}
            </div>
            <ScoreBar parts={r.parts} deduction={r.deduction} scale={picture.scale} label={barLabel(r)} />
            <GroupScores t={t} lang={lang} row={r} picture={picture} />
            {r.notes.length > 0 && (
              <ul className={styles.notes}>
                {rankNoteTexts(r.notes, names, words).map((n, i) => (
                  <li key={i}>{n}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

/** "Điểm theo nhóm": one member's group scores, opened under its bar (click, Enter or Space). */
function GroupScores({ t, lang, row, picture }: { t: Strings; lang: Lang; row: RankingRow; picture: RankingPicture }): React.JSX.Element {
  const styles = useStyles();
  const view = useViewStyles();
  const [open, setOpen] = React.useState(false);
  const id = React.useId();
  const pts = (h: number) => formatPoints(h, lang);
  return (
    <div>
      <button type="button" className={view.link} aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
        {t.rank.groups}
        <span className={view.srOnly}>{t.rank.groupsOf(row.name).slice(t.rank.groups.length)}</span>
      </button>
      <dl id={id} className={styles.details} hidden={!open}>
        {open &&
          picture.groups.map((g) => (
            <React.Fragment key={g.key}>
              <dt className={styles.term}>
                <span className={styles.swatch} style={{ background: partBackground(g.colour) }} aria-hidden="true" />
                {g.key}. {g.label}
              </dt>
              <dd className={styles.value}>{pts(row.parts.find((p) => p.key === g.key)?.value ?? 0)}</dd>
            </React.Fragment>
          ))}
        {open && (
          <>
            <dt className={styles.term}>{t.rank.bonus}</dt>
            <dd className={styles.value}>{bonusText(row.bonus, lang)}</dd>
            <dt className={styles.term}>{t.rank.deduction}</dt>
            <dd className={styles.value}>{deductionText(row.deduction, lang)}</dd>
          </>
        )}
      </dl>
    </div>
  );
}

/** Every member's group scores at once, scrolling sideways inside its box at 320 px. */
function ScoreTable({ t, lang, picture }: { t: Strings; lang: Lang; picture: RankingPicture }): React.JSX.Element {
  const styles = useStyles();
  const pts = (h: number) => formatPoints(h, lang);
  return (
    <div className={styles.tableWrap} role="region" aria-label={t.rank.tableLabel} tabIndex={0}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col" className={styles.th}>
              {t.rank.rankColumn}
            </th>
            <th scope="col" className={mergeClasses(styles.th, styles.left)}>
              {t.rank.member}
            </th>
            {picture.groups.map((g) => (
              <th key={g.key} scope="col" className={styles.th} title={g.label}>
                {g.key}
              </th>
            ))}
            <th scope="col" className={styles.th}>
              {t.rank.bonus}
            </th>
            <th scope="col" className={styles.th}>
              {t.rank.deduction}
            </th>
            <th scope="col" className={styles.th}>
              {t.rank.total}
            </th>
          </tr>
        </thead>
        <tbody>
          {picture.rows.map((r) => (
            <tr key={r.member}>
              <td className={styles.td}>{r.rank}</td>
              <th scope="row" className={mergeClasses(styles.td, styles.left)}>
                {r.name}
              </th>
              {picture.groups.map((g) => (
                <td key={g.key} className={styles.td}>
                  {pts(r.parts.find((p) => p.key === g.key)?.value ?? 0)}
                </td>
              ))}
              <td className={styles.td}>{bonusText(r.bonus, lang)}</td>
              <td className={styles.td}>{deductionText(r.deduction, lang)}</td>
              <td className={styles.td}>
                <strong>{pts(r.total)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
