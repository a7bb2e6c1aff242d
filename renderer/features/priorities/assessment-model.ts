/* Everything the priority screens show, computed from the stored records (pure). */
import type { Criterion } from '../../../shared/domain/priorities/criteria';
import { evidenceFromIndicators } from '../../../shared/domain/priorities/evidence';
import {
  rankProblems,
  type ProblemEvidence,
  type Ranking,
  type ScoredValues,
} from '../../../shared/domain/priorities/scoring';
import { takeSnapshot } from '../../../shared/domain/priorities/snapshot';
import { scoreStats, scoredValues, type ScoreStat } from '../../../shared/domain/priorities/sheets';
import type { CatalogueProblem } from '../../../shared/domain/study/catalogue';
import type { ProblemIndicators } from '../../../shared/domain/study/indicators';
import type { Language } from '../../../shared/languages';
import { pickText, type LocalizedText } from '../../../shared/schemas/localized-text';
import type { Assessment, ScoreSheet } from '../../../shared/schemas/priorities';
import type { Decision, Meeting } from '../../../shared/schemas/working-group';

export interface AssessmentModel {
  criteria: Criterion[];
  scoredKeys: string[];
  indicators: ProblemIndicators[];
  evidence: ProblemEvidence[];
  stats: ScoreStat[];
  scored: ScoredValues;
  ranking: Ranking;
  titles: Map<string, LocalizedText>;
}

/** What each view of one assessment receives: the stored record and the model computed from it. */
export interface AssessmentViewProps {
  assessment: Assessment;
  model: AssessmentModel;
}

export function buildModel(
  assessment: Assessment,
  sheets: readonly ScoreSheet[],
  study: { indicators: ProblemIndicators[]; hasComplaintData: boolean },
  catalogue: readonly CatalogueProblem[],
): AssessmentModel {
  const codes = assessment.problemCodes;
  const scoredKeys = assessment.criteria.filter((c) => c.source === 'scored').map((c) => c.key);
  const stats = scoreStats(sheets, codes, scoredKeys);
  const scored = scoredValues(stats);
  const evidence = evidenceFromIndicators(study.indicators, study.hasComplaintData);
  const titles = new Map(catalogue.map((p) => [p.code, p.title]));
  return {
    criteria: assessment.criteria,
    scoredKeys,
    indicators: study.indicators,
    evidence,
    stats,
    scored,
    ranking: rankProblems(assessment.criteria, evidence, scored),
    titles,
  };
}

/** The frozen snapshot of `model` with `selected` chosen at `meeting` (by `decision`, if recorded). */
export function snapshotOf(
  model: AssessmentModel,
  choice: {
    takenOn: string;
    criteria: readonly Criterion[];
    selected: readonly string[];
    meeting: Meeting | undefined;
    decision: Decision | undefined;
  },
) {
  const { meeting, decision } = choice;
  return takeSnapshot({
    takenOn: choice.takenOn,
    criteria: choice.criteria,
    problems: model.evidence.map((evidence) => ({
      code: evidence.code,
      title: model.titles.get(evidence.code) ?? { en: evidence.code },
      evidence,
    })),
    scored: model.scored,
    selected: choice.selected,
    decision: meeting
      ? {
          meetingId: meeting.id,
          meetingNumber: meeting.number,
          meetingDate: meeting.date,
          ...(decision ? { decisionId: decision.id, text: decision.text } : {}),
        }
      : null,
  });
}

/** A criterion's name: the group's own title, or the catalogue's for a default one. */
export function criterionName(
  criterion: Pick<Criterion, 'key' | 'title'>,
  t: (key: string) => string,
  lang: Language,
): string {
  return criterion.title
    ? pickText(criterion.title, lang).text
    : t(`priorities:criteria.${criterion.key}`);
}

/** A problem's title in `lang` (its code when the catalogue does not know it): the one every screen uses. */
export { problemName } from '../../../shared/domain/study/catalogue';
