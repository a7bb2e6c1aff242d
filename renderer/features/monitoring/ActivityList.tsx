/*
 * The activities of the followed plan as one virtual table (issue 18 goal 3): each priority's
 * title as a heading row, then its activities with schedule state, status, percent and dates;
 * only the rows in view are drawn, so a plan of 500 activities opens at the cost of a screenful.
 * A text filter finds an activity by number, title or responsible; Enter on a row (or its button)
 * opens its progress entries.
 */
import { Button } from '@mantine/core';
import { useCallback, useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduleState } from '../../../shared/domain/monitoring/schedule';
import { formatDate, formatTiming } from '../../../shared/format';
import { pickText } from '../../../shared/localized-text';
import type { PriorityNode } from '../../../shared/domain/plan-outline';
import { useLanguage } from '../../app/useLanguage';
import { VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { EntriesList } from './EntriesList';
import { percentText } from './format';
import classes from './ActivityList.module.css';
import { ListFilter, useTextFilter } from '../../components/ListFilter';
import type { ActivityRow } from './model';
import { LightButton } from './parts';

const SCHEDULE_COLORS: Record<ScheduleState, string> = {
  done: 'teal',
  closed: 'gray',
  overdue: 'red',
  dueThisQuarter: 'orange',
  later: 'blue',
  unscheduled: 'gray',
};

/** A light badge's colours (Mantine's variables for `variant="light"`). */
const badgeColors = (color: string): CSSProperties => ({
  background: `var(--mantine-color-${color}-light)`,
  color: `var(--mantine-color-${color}-light-color)`,
});

/** A row of the table: a priority's heading or one of its activities. */
type Line =
  | { priority: PriorityNode; activity?: undefined }
  | { priority?: undefined; activity: ActivityRow };

const lineId = (line: Line) => line.activity?.key ?? `priority:${line.priority!.priority.id}`;

/** The activities with their headings; a filter keeps the headings of the priorities it shows. */
function withHeadings(rows: readonly ActivityRow[]): Line[] {
  const lines: Line[] = [];
  let last: string | null = null;
  for (const row of rows) {
    if (row.priority.priority.id !== last) {
      last = row.priority.priority.id;
      lines.push({ priority: row.priority });
    }
    lines.push({ activity: row });
  }
  return lines;
}

export function ActivityList({
  rows,
  planId,
  editable,
  onEdit,
}: {
  rows: readonly ActivityRow[];
  planId: string;
  editable: boolean;
  onEdit: (row: ActivityRow) => void;
}) {
  const { t } = useTranslation('monitoring');
  const lang = useLanguage();
  const [open, setOpen] = useState<string | null>(null);
  const toggle = useCallback((key: string) => setOpen((o) => (o === key ? null : key)), []);
  const text = useCallback(
    (row: ActivityRow) =>
      `${row.node.number} ${pickText(row.node.activity.title, lang).text} ${pickText(row.node.activity.responsible, lang).text}`,
    [lang],
  );
  const { query, setQuery, shown } = useTextFilter(rows, text);
  const lines = useMemo(() => withHeadings(shown), [shown]);
  const columns = useMemo<VirtualColumn<Line>[]>(() => {
    const activity = (cell: (row: ActivityRow) => ReactNode) => (line: Line) =>
      line.activity ? cell(line.activity) : null;
    return [
      {
        id: 'activity',
        header: t('activities.activity'),
        width: '38%',
        cell: activity((row) => (
          <>
            <p className={classes.title}>
              {`${row.node.number}. ${pickText(row.node.activity.title, lang).text}`}
            </p>
            <p className={classes.meta}>
              {`${pickText(row.node.activity.responsible, lang).text} · ${formatTiming(row.node.activity.timing, lang)}`}
            </p>
            {row.progress?.reason && (
              <p className={classes.reason} data-testid="activity-reason">
                {`${t('progress.reason')}: ${row.progress.reason}. ${t('progress.correctiveAction')}: ${row.progress.correctiveAction ?? ''}`}
              </p>
            )}
          </>
        )),
      },
      {
        id: 'schedule',
        header: t('activities.schedule'),
        width: '12%',
        cell: activity((row) => (
          <span
            className={classes.badge}
            style={badgeColors(SCHEDULE_COLORS[row.schedule])}
            data-testid="activity-schedule"
          >
            {t(`schedule.${row.schedule}`)}
          </span>
        )),
      },
      {
        id: 'status',
        header: t('activities.status'),
        width: '12%',
        cell: activity((row) => (
          <span data-testid="activity-status">{t(`status.${row.status}`)}</span>
        )),
      },
      {
        id: 'percent',
        header: t('activities.percent'),
        width: '8%',
        cell: activity((row) => (
          <span data-testid="activity-percent">{percentText(row.percent, lang)}</span>
        )),
      },
      {
        id: 'actual',
        header: t('activities.actual'),
        width: '13%',
        cell: activity((row) =>
          row.progress
            ? [row.progress.actualStart, row.progress.actualEnd]
                .map((d) => (d ? formatDate(d) : '…'))
                .join(' – ')
            : '',
        ),
      },
      {
        id: 'actions',
        header: '',
        width: '17%',
        cell: activity((row) => (
          <div className={classes.actions}>
            {editable && (
              <LightButton onClick={() => onEdit(row)} testId="activity-progress-edit">
                {t('activities.setStatus')}
              </LightButton>
            )}
            <Button
              size="xs"
              variant="subtle"
              aria-expanded={open === row.key}
              onClick={() => toggle(row.key)}
              data-testid="activity-entries-toggle"
            >
              {t('activities.entries', { count: row.entries.length })}
            </Button>
          </div>
        )),
      },
    ];
  }, [t, lang, editable, open, onEdit, toggle]);

  return (
    <ListFilter
      query={query}
      onChange={setQuery}
      shown={shown.length}
      all={rows.length}
      label={t('monitoringLists:activities.filter')}
      placeholder={t('monitoringLists:activities.placeholder')}
      testId="monitoring-activity-filter"
    >
      <VirtualTable
        withTableBorder
        fz="sm"
        data-testid="monitoring-activities"
        label={t('monitoringLists:activities.table')}
        rows={lines}
        columns={columns}
        rowId={lineId}
        rowHeight={64}
        measureAfterPaint
        heading={(line) =>
          line.activity
            ? null
            : `${line.priority!.number}. ${pickText(line.priority!.priority.title, lang).text}`
        }
        rowProps={(line) =>
          line.activity
            ? { 'data-testid': 'monitoring-activity', 'data-key': line.activity.key }
            : { 'data-testid': 'monitoring-priority-heading' }
        }
        detail={(line) =>
          line.activity && open === line.activity.key ? (
            <EntriesList planId={planId} row={line.activity} editable={editable} />
          ) : null
        }
        onToggle={(line) => line.activity && toggle(line.activity.key)}
      />
    </ListFilter>
  );
}
