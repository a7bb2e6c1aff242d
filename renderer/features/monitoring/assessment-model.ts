/*
 * What the assessment and closing panels propose, from the monitoring model: per priority the
 * process answer (from its activities' statuses and its spending) and whether it stays unresolved.
 */
import {
  priorityKey,
  proposeImplementation,
  type ImplementationAnswer,
} from '../../../shared/domain/monitoring/assessment';
import { problemResolved } from '../../../shared/domain/monitoring/assessment-outcomes';
import { executionTotal, realised } from '../../../shared/domain/monitoring/spending';
import type { PriorityNode } from '../../../shared/domain/plan-outline';
import type { CycleAssessment } from '../../../shared/schemas/assessment';
import type { ActivityRow, MonitoringModel } from './model';

export interface PriorityAssessmentRow {
  node: PriorityNode;
  key: string;
  activities: ActivityRow[];
  /** Cumulative spending / plan of the priority (null: no budget). */
  realised: number | null;
  proposed: ImplementationAnswer;
  stored?: CycleAssessment;
  /** Proposed to the next priorities assessment as unresolved. */
  unresolved: boolean;
}

/** One row per priority of the model, with its proposal and stored assessment. */
export function priorityAssessments(
  model: MonitoringModel,
  assessments: ReadonlyMap<string, CycleAssessment>,
): PriorityAssessmentRow[] {
  return model.priorities.map((node) => {
    const activities = model.activities.filter((a) => a.priority.priority.id === node.priority.id);
    const share = realised(model.byPriority.get(node.priority.id) ?? executionTotal([]));
    const key = priorityKey(node.priority);
    const stored = assessments.get(key);
    return {
      node,
      key,
      activities,
      realised: share,
      proposed: proposeImplementation(activities, share),
      stored,
      unresolved: !stored || !problemResolved(stored.outcomes),
    };
  });
}
