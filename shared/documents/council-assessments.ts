/*
 * Section 5 of the progress report to the council: the assessment per priority (issue 16). A table
 * of every priority — progress, money realised, the process answer the app proposes and the one
 * the working group recorded — then, per assessed priority, the outcome of each measure in a
 * sentence ("no measurable change" when within the margin), the displacement noted and the
 * working group's conclusion. Without any recorded assessment, a note says so.
 */
import type { AssessmentOutcome } from '../domain/monitoring/assessment-outcomes';
import type { ImplementationAnswer } from '../domain/monitoring/assessment';
import { realised } from '../domain/monitoring/spending';
import type { DocumentLanguage } from '../languages';
import type { Displacement } from '../schemas/assessment';
import { documentText } from '../schemas/localized-text';
import { displacementText, outcomeSentence } from './assessment-texts';
import type { PriorityAssessmentSlot } from './council-report';
import { docLabel, languagesOf } from './labels';
import { paragraph, type DocumentBlock } from './model';
import { cells, reportLabel } from './report-parts';

/** The working group's assessment of a priority, as the report carries it. */
export interface RecordedAssessment {
  implemented: ImplementationAnswer;
  outcomes: readonly AssessmentOutcome[];
  displacement: Displacement;
  conclusion: string;
}

/** A paragraph opening with a bold label (`Смещение: `). */
function labelled(label: string, text: string): DocumentBlock {
  return { kind: 'paragraph', runs: [{ text: label, bold: true }, { text }], indent: true };
}

/** The assessment section of the council report. */
export function councilAssessmentBlocks(
  priorities: readonly PriorityAssessmentSlot[],
  lang: DocumentLanguage,
): DocumentBlock[] {
  const L = (key: string) => reportLabel(lang, `council.${key}`);
  const A = (key: string) => docLabel(lang, `assessment:document.${key}`);
  const { share, percent } = cells(lang);
  const answer = (a: ImplementationAnswer) => reportLabel(lang, a);
  const recorded = priorities.some((p) => p.recorded);
  const blocks: DocumentBlock[] = [
    { kind: 'heading', level: 2, text: L('assessments'), align: 'left' },
    {
      kind: 'table',
      testId: 'council-assessments',
      columns: [
        { header: L('priority'), width: 36 },
        { header: L('percent'), width: 14, align: 'right' },
        { header: L('realised'), width: 14, align: 'right' },
        { header: `${L('implemented')} (${L('proposed')})`, width: 18, align: 'center' },
        ...(recorded
          ? [
              {
                header: `${L('implemented')} (${A('recorded')})`,
                width: 18,
                align: 'center' as const,
              },
            ]
          : []),
      ],
      rows: priorities.map((p) => [
        `${p.number}. ${documentText(p.title, lang)}`,
        percent(p.progress),
        share(realised(p.figures)),
        answer(p.proposed),
        ...(recorded
          ? [p.recorded ? answer(p.recorded.implemented) : reportLabel(lang, 'none')]
          : []),
      ]),
    },
  ];
  if (!recorded) return [...blocks, paragraph(L('notAssessed'))];
  for (const p of priorities) {
    const r = p.recorded;
    if (!r) continue;
    blocks.push(paragraph(`${p.number}. ${documentText(p.title, lang)}`, { bold: true }));
    blocks.push(labelled(A('implemented'), answer(r.implemented)));
    blocks.push(labelled(A('outcome'), r.outcomes.length ? '' : A('noOutcomes')));
    for (const row of r.outcomes)
      for (const l of languagesOf(lang))
        blocks.push(paragraph(outcomeSentence(row, l), { indent: true }));
    blocks.push(labelled(A('displacement'), displacementText(r.displacement, lang)));
    blocks.push(labelled(A('conclusion'), r.conclusion));
  }
  return blocks;
}
