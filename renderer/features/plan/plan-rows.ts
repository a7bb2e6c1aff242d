/*
 * The plan editor draws its whole tree as one virtual table (issue 18): each priority, objective,
 * activity and budget line is one row, in printed order, so a plan of 2,000 lines opens as fast
 * as a screenful of them and every line is reached by scrolling or the keyboard.
 */
import type {
  ActivityNode,
  LineRow,
  ObjectiveNode,
  PlanOutline,
  PriorityNode,
} from '../../../shared/domain/plan-outline';
import type { ItemKind } from '../../db/plan-items';

/** One row of the editor's table. */
export type PlanRow =
  | { kind: 'priority'; id: string; node: PriorityNode }
  | { kind: 'objective'; id: string; node: ObjectiveNode; priorityId: string }
  | { kind: 'activity'; id: string; node: ActivityNode; objectiveId: string }
  | { kind: 'line'; id: string; row: LineRow };

/** The table row's key of an item (priority, objective, activity or line) by its record id. */
export const planRowId = (kind: ItemKind, id: string) => `${kind}:${id}`;

/** Every item of the outline as one row, parents before their children. */
export function planRows(outline: PlanOutline): PlanRow[] {
  const rows: PlanRow[] = [];
  for (const p of outline.priorities) {
    rows.push({ kind: 'priority', id: planRowId('priority', p.priority.id), node: p });
    for (const o of p.objectives) {
      rows.push({
        kind: 'objective',
        id: planRowId('objective', o.objective.id),
        node: o,
        priorityId: p.priority.id,
      });
      for (const a of o.activities) {
        rows.push({
          kind: 'activity',
          id: planRowId('activity', a.activity.id),
          node: a,
          objectiveId: o.objective.id,
        });
        for (const row of a.lines)
          rows.push({ kind: 'line', id: planRowId('line', row.line.id), row });
      }
    }
  }
  return rows;
}

/** The record behind a row: what Alt+↑/↓ moves. */
export function rowItem(row: PlanRow): { kind: ItemKind; id: string } {
  switch (row.kind) {
    case 'priority':
      return { kind: 'priority', id: row.node.priority.id };
    case 'objective':
      return { kind: 'objective', id: row.node.objective.id };
    case 'activity':
      return { kind: 'activity', id: row.node.activity.id };
    case 'line':
      return { kind: 'line', id: row.row.line.id };
  }
}
