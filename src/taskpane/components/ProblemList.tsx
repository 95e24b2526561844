/**
 * The problem list of the Check view (docs/add-in.md, "Danh sách vấn đề"): errors first, then
 * warnings, then information; the severity badges filter; groups by sheet and by member fold away;
 * a problem about a whole sheet says "cả trang"; codes only in small print. Choosing a problem
 * (click, Enter or Space) selects its cell in Excel, or, where there is no grid to show (the file
 * mode), says under it where the cell is. A page of PAGE problems at a time keeps 5 000 of them
 * responsive.
 */
import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Lang, Member, MemberNames, Problem, Severity } from '../../core/index';
import { countFor, groupProblems, membersMentioned, pageOf, SEVERITY_ORDER, type Counts, type ProblemFilter } from '../../app/problemGroups';
import type { Strings } from '../strings';
import { useViewStyles } from '../styles';
import { Pill, type PillTone } from './Pill';
import { useFocusOn } from './ResultBlock';

/** Problems shown at first, and added by each "Hiện thêm". */
export const PAGE = 100;

export const SEVERITY_TONE: Record<Severity, PillTone> = { error: 'danger', warning: 'warning', info: 'info' };

/** How a problem shows where it is: select its cell (Excel), or say where it is (the file mode). */
export type Locate =
  | { kind: 'select'; select(sheet: string, cell: string): void }
  /** `cell` '' for a problem about the whole sheet. */
  | { kind: 'describe'; describe(sheet: string, cell: string): string };

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', columnGap: '6px', rowGap: '6px' },
  filterButton: {
    display: 'inline-flex',
    alignItems: 'center',
    minHeight: '28px',
    padding: '0 10px',
    borderRadius: tokens.borderRadiusCircular,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase200,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  pressed: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand, border: `1px solid ${tokens.colorBrandStroke1}`, ':hover': { backgroundColor: tokens.colorBrandBackgroundHover } },
  select: {
    minHeight: '32px',
    maxWidth: '100%',
    padding: '0 8px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  field: { display: 'flex', flexDirection: 'column', rowGap: '2px', fontSize: tokens.fontSizeBase300 },
  groupButton: {
    display: 'flex',
    alignItems: 'baseline',
    columnGap: '6px',
    flexWrap: 'wrap',
    width: '100%',
    padding: '4px 2px',
    border: 'none',
    background: 'none',
    color: tokens.colorNeutralForeground1,
    fontFamily: 'inherit',
    fontSize: 'inherit',
    fontWeight: 'inherit',
    textAlign: 'left',
    cursor: 'pointer',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  chevron: { display: 'inline-block', width: '12px', flexShrink: 0, color: tokens.colorNeutralForeground2 },
  sheetHeading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: '6px 0 0' },
  memberHeading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: '2px 0 0 10px', color: tokens.colorNeutralForeground2 },
  counts: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: 'none', margin: '2px 0 4px 10px', padding: 0, display: 'flex', flexDirection: 'column', rowGap: '4px' },
  problem: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: '2px',
    width: '100%',
    textAlign: 'left',
    padding: '6px 8px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  notClickable: { cursor: 'default', ':hover': { backgroundColor: tokens.colorNeutralBackground1 } },
  where: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: '6px' },
  message: { overflowWrap: 'anywhere' },
  code: { fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100, color: tokens.colorNeutralForeground3 },
  note: {
    margin: '2px 0 0',
    padding: '4px 8px',
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
  },
});

export interface ProblemListProps {
  t: Strings;
  lang: Lang;
  problems: readonly Problem[];
  members: readonly Member[];
  names: MemberNames;
  filter: ProblemFilter;
  onFilter(filter: ProblemFilter): void;
  problemMessage(p: Problem, lang: Lang): string;
  locate: Locate;
  /** Changes when another view sends the user here ("Xem 3 lỗi"): the heading takes the focus. */
  focusSeq: number;
}

function countsText(t: Strings, c: Counts): string {
  return t.check.groupCounts(SEVERITY_ORDER.filter((s) => c[s] > 0).map((s) => t.check.countWord[s](c[s])));
}

export function ProblemList(props: ProblemListProps): React.JSX.Element {
  const { t, problems, members, names, filter } = props;
  const styles = useStyles();
  const view = useViewStyles();
  const heading = useFocusOn<HTMLHeadingElement>(props.focusSeq);
  const [folded, setFolded] = React.useState<ReadonlySet<string>>(new Set());
  const [limit, setLimit] = React.useState(PAGE);
  const memberCodes = members.length > 0 ? members.map((m) => m.code) : membersMentioned(problems, members);
  const member = filter.member !== null && memberCodes.includes(filter.member) ? filter.member : null;
  const effective: ProblemFilter = { member, severity: filter.severity };
  const grouped = React.useMemo(() => groupProblems(problems, members, effective), [problems, members, effective.member, effective.severity]); // eslint-disable-line react-hooks/exhaustive-deps
  const counts = countFor(problems, member);
  const page = pageOf(grouped, limit);
  const setFilter = (f: ProblemFilter) => {
    setLimit(PAGE);
    props.onFilter(f);
  };
  const toggle = (key: string) =>
    setFolded((old) => {
      const next = new Set(old);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const headingId = React.useId();
  const allCount = counts.error + counts.warning + counts.info;

  return (
    <section className={view.section} aria-labelledby={headingId} data-testid="problem-list">
      <h3 id={headingId} ref={heading} tabIndex={-1} className={view.subheading}>
        {t.check.problemsLabel}
      </h3>
      <div className={styles.bar} role="group" aria-label={t.check.countsLabel}>
        {[null, ...SEVERITY_ORDER].map((s) => {
          const pressed = filter.severity === s;
          const label = s === null ? t.check.count(t.check.all, allCount) : t.check.count(t.check.severity[s], counts[s]);
          return (
            <button
              key={s ?? 'all'}
              type="button"
              className={mergeClasses(styles.filterButton, pressed && styles.pressed)}
              aria-pressed={pressed}
              data-severity={s ?? 'all'}
              onClick={() => setFilter({ member: filter.member, severity: s })}
            >
              {label}
            </button>
          );
        })}
      </div>
      {memberCodes.length > 0 && (
        <label className={styles.field}>
          {t.check.memberFilter}
          <select className={styles.select} value={member ?? ''} onChange={(e) => setFilter({ member: e.currentTarget.value === '' ? null : e.currentTarget.value, severity: filter.severity })}>
            <option value="">{t.check.allMembers}</option>
            {memberCodes.map((c) => (
              <option key={c} value={c}>
                {names.name(c)}
              </option>
            ))}
          </select>
        </label>
      )}
      {problems.length === 0 && <p className={view.text}>{t.check.noProblems}</p>}
      {problems.length > 0 && page.total === 0 && <p className={view.text}>{t.check.noneForFilter}</p>}
      {page.groups.map((g, gi) => {
        const sheetKey = g.sheet;
        const sheetOpen = !folded.has(sheetKey);
        const sheetBody = `${headingId}-s${gi}`;
        return (
          <div key={g.sheet}>
            <h4 className={styles.sheetHeading}>
              <button type="button" className={styles.groupButton} aria-expanded={sheetOpen} aria-controls={sheetBody} onClick={() => toggle(sheetKey)}>
                <span className={styles.chevron} aria-hidden="true">
                  {sheetOpen ? '▾' : '▸'}
                </span>
                <span>{g.sheet === '' ? t.check.wholeWorkbook : g.sheet}</span>
                <span className={styles.counts}>{countsText(t, g.counts)}</span>
              </button>
            </h4>
            <div id={sheetBody} hidden={!sheetOpen}>
              {sheetOpen &&
                g.members.map((mg, mi) => {
                  const key = `${g.sheet}\u0000${mg.member ?? ''}`;
                  const open = !folded.has(key);
                  const body = `${sheetBody}-m${mi}`;
                  return (
                    <div key={mg.member ?? ''}>
                      <h5 className={styles.memberHeading}>
                        <button type="button" className={styles.groupButton} aria-expanded={open} aria-controls={body} onClick={() => toggle(key)}>
                          <span className={styles.chevron} aria-hidden="true">
                            {open ? '▾' : '▸'}
                          </span>
                          <span>{mg.member === null ? t.check.generalGroup : names.name(mg.member)}</span>
                          <span className={styles.counts}>{countsText(t, mg.counts)}</span>
                        </button>
                      </h5>
                      <ul id={body} className={styles.list} hidden={!open}>
                        {open &&
                          mg.problems.map((p, i) => (
                            <li key={i}>
                              <ProblemItem {...props} p={p} />
                            </li>
                          ))}
                      </ul>
                    </div>
                  );
                })}
            </div>
          </div>
        );
      })}
      {page.shown < page.total && (
        <div>
          <button type="button" className={view.link} onClick={() => setLimit((l) => l + PAGE)}>
            {t.check.more(Math.min(PAGE, page.total - page.shown), page.total - page.shown)}
          </button>
        </div>
      )}
    </section>
  );
}

function ProblemItem({ p, t, lang, problemMessage, locate }: ProblemListProps & { p: Problem }): React.JSX.Element {
  const styles = useStyles();
  const [shown, setShown] = React.useState(false);
  const noteId = React.useId();
  const wholeSheet = p.cell === '';
  const body = (
    <>
      <span className={styles.where}>
        <Pill tone={SEVERITY_TONE[p.severity]}>{t.check.severity[p.severity]}</Pill>
        <strong>{wholeSheet ? t.check.wholeSheet : p.cell}</strong>
      </span>
      <span className={styles.message}>{problemMessage(p, lang)}</span>
      <span className={styles.code}>{t.check.code(p.code)}</span>
    </>
  );
  if (p.sheet === '') return <div className={mergeClasses(styles.problem, styles.notClickable)}>{body}</div>;
  // A whole-sheet problem opens its sheet (at A1); a native button: Enter and Space choose it.
  const cell = wholeSheet ? 'A1' : p.cell;
  if (locate.kind === 'select') {
    return (
      <button type="button" className={styles.problem} title={wholeSheet ? t.check.goToSheet(p.sheet) : t.check.goTo(p.sheet, cell)} onClick={() => locate.select(p.sheet, cell)}>
        {body}
      </button>
    );
  }
  return (
    <>
      <button type="button" className={styles.problem} aria-expanded={shown} aria-controls={noteId} title={t.check.showWhere} onClick={() => setShown((s) => !s)}>
        {body}
      </button>
      <p id={noteId} className={styles.note} hidden={!shown} role="note">
        {shown ? locate.describe(p.sheet, p.cell) : ''}
      </p>
    </>
  );
}
