/**
 * Xếp hạng / Rank: computes and writes the ranking sheets, then shows the ranking: rank (shared
 * ranks marked), member, total, band, the total split by group as a bar, and the notes saying
 * which tie-break decided (docs/quy-tac-tinh-diem.md §6).
 */
import * as React from 'react';
import { Badge, Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { formatPoints, memberNames, rankNoteTexts, wordsFor, type Lang, type RankReport } from '../../core/index';
import type { CommandResult } from '../../app/commands';
import { rankingPicture, type RankingRow } from '../../app/rankingRows';
import { ScoreBar, DEDUCTION_PATTERN, partColour } from '../components/ScoreBar';
import { StaleBanner } from '../components/StaleBanner';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '10px', minWidth: 0 },
  legend: { display: 'flex', flexWrap: 'wrap', columnGap: '10px', rowGap: '2px', listStyleType: 'none', margin: 0, padding: 0 },
  legendItem: { display: 'flex', alignItems: 'center', columnGap: '4px', fontSize: tokens.fontSizeBase200, minWidth: 0 },
  swatch: { width: '10px', height: '10px', flexShrink: 0, borderRadius: '2px' },
  legendText: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', maxWidth: '260px' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: '10px' },
  row: { display: 'flex', flexDirection: 'column', rowGap: '3px', paddingBottom: '8px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: '6px' },
  rank: { fontWeight: tokens.fontWeightSemibold, minWidth: '56px' },
  name: { fontWeight: tokens.fontWeightSemibold, flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  figures: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  notes: { margin: 0, paddingLeft: '16px', fontSize: tokens.fontSizeBase200 },
});

const BAND_COLOURS = ['success', 'brand', 'warning', 'informative'] as const;

export interface RankViewProps {
  t: Strings;
  lang: Lang;
  run: CommandResult<RankReport> | null;
  busy: boolean;
  stale: boolean;
  onRun(): void;
}

export function RankView({ t, lang, run, busy, stale, onRun }: RankViewProps): React.JSX.Element {
  const styles = useStyles();
  const report = run?.report ?? null;
  const picture = report?.workbook && report.results ? rankingPicture(report.workbook, report.results) : null;
  const names = memberNames(report?.workbook);
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
    <section className={styles.root} aria-label={t.tabs.rank}>
      <Text>{t.rank.intro}</Text>
      {stale && <StaleBanner text={t.stale} />}
      <div>
        <Button appearance="primary" disabled={busy} onClick={onRun}>
          {t.rank.run}
        </Button>
      </div>
      {!run && <Text italic>{t.rank.notRun}</Text>}
      {picture && run && (
        <>
          <Caption1>{t.rank.computed(run.computedAt, report?.fingerprint ?? t.settings.none)}</Caption1>
          <ul className={styles.legend} aria-label={t.rank.legend}>
            {picture.groups.map((g) => (
              <li key={g.key} className={styles.legendItem}>
                <span className={styles.swatch} style={{ backgroundColor: partColour(g.colour) }} aria-hidden="true" />
                <span className={styles.legendText} title={`${g.key}. ${g.label}`}>
                  {g.key}. {g.label}
                </span>
              </li>
            ))}
            <li className={styles.legendItem}>
              <span className={styles.swatch} style={{ backgroundColor: partColour(-1) }} aria-hidden="true" />
              {t.rank.bonus}
            </li>
            <li className={styles.legendItem}>
              <span className={styles.swatch} style={{ backgroundImage: DEDUCTION_PATTERN }} aria-hidden="true" />
              {t.rank.deduction}
            </li>
          </ul>
          <ol className={styles.list} aria-label={t.rank.listLabel}>
            {picture.rows.map((r) => (
              <li key={r.member} className={styles.row}>
                <div className={styles.head}>
                  <span className={styles.rank}>
                    {t.rank.rank(r.rank)}
                    {r.shared ? ` (${t.rank.shared})` : ''}
                  </span>
                  <span className={styles.name}>{r.name}</span>
                  <Badge appearance="tint" color={r.bandIndex < 0 ? 'danger' : BAND_COLOURS[Math.min(r.bandIndex, BAND_COLOURS.length - 1)]}>
                    {r.band ?? t.rank.noBand}
                  </Badge>
                </div>
                <div className={styles.figures}>
                  {t.rank.total} <strong>{pts(r.total)}</strong> · {t.rank.bonus} +{pts(r.bonus)} · {t.rank.deduction} −{pts(r.deduction)}
                </div>
                <ScoreBar parts={r.parts} deduction={r.deduction} scale={picture.scale} label={barLabel(r)} />
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
      )}
    </section>
  );
}
