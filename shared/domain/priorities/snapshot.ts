/*
 * A snapshot is a frozen, dated copy of the whole assessment at the moment of the decision:
 * weights, evidence, scores, ranks and the selected priorities. It is never recomputed (later
 * edits to the study or the scores must not change what the group decided), and two snapshots
 * can be compared.
 */
import type { LocalizedText } from '../../schemas/localized-text';
import type { Criterion } from './criteria';
import {
  rankProblems,
  type ProblemEvidence,
  type RankedProblem,
  type ScoredValues,
} from './scoring';

export interface SnapshotDecision {
  meetingId?: string;
  meetingNumber?: string;
  meetingDate?: string;
  decisionId?: string;
  text?: LocalizedText;
}

export interface SnapshotContent {
  /** The day it was taken, `YYYY-MM-DD`. */
  takenOn: string;
  criteria: Criterion[];
  problems: { code: string; title: LocalizedText; evidence: ProblemEvidence }[];
  scored: ScoredValues;
  rows: RankedProblem[];
  selected: string[];
  decision: SnapshotDecision | null;
}

/** Freezes an object and everything inside it. */
export function deepFreeze<T>(value: T): Readonly<T> {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value as object)) deepFreeze(inner);
  }
  return value;
}

/** Builds a snapshot's content from the live assessment (deep copies, then frozen). */
export function takeSnapshot(input: {
  takenOn: string;
  criteria: readonly Criterion[];
  problems: readonly { code: string; title: LocalizedText; evidence: ProblemEvidence }[];
  scored: ScoredValues;
  selected: readonly string[];
  decision: SnapshotDecision | null;
}): Readonly<SnapshotContent> {
  // A JSON round trip: the content is plain data, and nothing of the live objects may leak in.
  const copy = JSON.parse(
    JSON.stringify({
      takenOn: input.takenOn,
      criteria: input.criteria.map((c) => ({ ...c })),
      problems: input.problems.map((p) => ({ ...p })),
      scored: input.scored,
      selected: [...input.selected],
      decision: input.decision ?? null,
    }),
  ) as Omit<SnapshotContent, 'rows'>;
  const ranking = rankProblems(
    copy.criteria,
    copy.problems.map((p) => p.evidence),
    copy.scored,
  );
  return deepFreeze({ ...copy, rows: ranking.rows });
}

export interface SnapshotComparison {
  weights: { key: string; before: number | null; after: number | null }[];
  ranks: {
    code: string;
    before: number | null;
    after: number | null;
    /** Positive = moved up (a smaller rank number). */
    moved: number | null;
  }[];
  added: string[];
  removed: string[];
  kept: string[];
}

/** What changed from snapshot `a` (earlier) to `b` (later): weights, ranks, selection. */
export function compareSnapshots(a: SnapshotContent, b: SnapshotContent): SnapshotComparison {
  const keys = [...new Set([...a.criteria, ...b.criteria].map((c) => c.key))];
  const weightOf = (s: SnapshotContent, key: string) => {
    const c = s.criteria.find((x) => x.key === key);
    return c && c.active ? c.weight : null;
  };
  const rankOf = (s: SnapshotContent, code: string) =>
    s.rows.find((r) => r.code === code)?.rank ?? null;
  const codes = [...new Set([...b.rows, ...a.rows].map((r) => r.code))];
  return {
    weights: keys
      .map((key) => ({ key, before: weightOf(a, key), after: weightOf(b, key) }))
      .filter((w) => w.before !== w.after),
    ranks: codes.map((code) => {
      const before = rankOf(a, code);
      const after = rankOf(b, code);
      return {
        code,
        before,
        after,
        moved: before !== null && after !== null ? before - after : null,
      };
    }),
    added: b.selected.filter((code) => !a.selected.includes(code)),
    removed: a.selected.filter((code) => !b.selected.includes(code)),
    kept: b.selected.filter((code) => a.selected.includes(code)),
  };
}

export const MIN_PRIORITIES = 4;
export const MAX_PRIORITIES = 7;

/** Why a selection cannot be decided on, as an i18n key; null when it can (4–7 problems). */
export function selectionProblem(selected: readonly string[]): string | null {
  if (selected.length < MIN_PRIORITIES) return 'priorities:errors.tooFewSelected';
  if (selected.length > MAX_PRIORITIES) return 'priorities:errors.tooManySelected';
  return null;
}
