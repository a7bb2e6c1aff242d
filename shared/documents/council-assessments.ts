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
import { displacementText, outcomeSentence } from './assessment-texts';
import type { PriorityAssessmentSlot } from './council-report';
import { docLabel, labelIn, languagesOf } from './labels';
import { paragraph, type DocumentBlock } from './model';
import { cells, reportHeading, reportLabel } from './report-parts';
import { DocumentTexts } from './texts';

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
  texts: DocumentTexts = new DocumentTexts(lang),
): DocumentBlock[] {
  const L = (key: string) => reportLabel(lang, `council.${key}`);
  const A = (key: string) => docLabel(lang, `assessment:document.${key}`);
  const { share, percent } = cells(lang);
  const answer = (a: ImplementationAnswer) => reportLabel(lang, a);
  const recorded = priorities.some((p) => p.recorded);
  const title = (p: PriorityAssessmentSlot) =>
    `${p.number}. ${texts.text(p.title, { kind: 'priority', id: p.id, field: 'title' })}`;
  // "Implemented (proposed)" / "(recorded)" once per language of the document.
  const answerHeader = (of: string) =>
    languagesOf(lang)
      .map((l) => {
        const C = (key: string) => labelIn(l, `reports:document.council.${key}`);
        const D = (key: string) => labelIn(l, `assessment:document.${key}`);
        return `${C('implemented')} (${of === 'proposed' ? C('proposed') : D('recorded')})`;
      })
      .join(' / ');
  const blocks: DocumentBlock[] = [
    reportHeading(lang, 'council.assessments'),
    {
      kind: 'table',
      testId: 'council-assessments',
      columns: [
        { header: L('priority'), width: 36 },
        { header: L('percent'), width: 14, align: 'right' },
        { header: L('realised'), width: 14, align: 'right' },
        { header: answerHeader('proposed'), width: 18, align: 'center' },
        ...(recorded
          ? [{ header: answerHeader('recorded'), width: 18, align: 'center' as const }]
          : []),
      ],
      rows: priorities.map((p) => [
        title(p),
        percent(p.progress),
        share(realised(p.figures)),
        answer(p.proposed),
        ...(recorded
          ? [p.recorded ? answer(p.recorded.implemented) : reportLabel(lang, 'none')]
          : []),
      ]),
    },
  ];
  if (!recorded) return [...blocks, paragraph(reportLabel(lang, 'council.notAssessed', {}, '\n'))];
  for (const p of priorities) {
    const r = p.recorded;
    if (!r) continue;
    blocks.push(paragraph(title(p), { bold: true }));
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
