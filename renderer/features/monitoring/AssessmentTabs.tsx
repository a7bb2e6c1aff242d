/* The assessment and closing tabs of the monitoring screen, with their own live reads. */
import { Center, Loader } from '@mantine/core';
import { AssessmentPanel } from './AssessmentPanel';
import { ClosingPanel } from './ClosingPanel';
import type { PanelProps } from './model';
import { useAssessmentData } from './useAssessment';

/** The two tabs and their labels. */
export const ASSESSMENT_TABS = [
  ['assessment', 'assessment:tab'],
  ['closing', 'assessment:closing.tab'],
] as const;

export function AssessmentTab({ kind, ...props }: PanelProps & { kind: 'assessment' | 'closing' }) {
  const data = useAssessmentData(props.model.plan.territoryId, props.model.plan.seriesId);
  if (!data)
    return (
      <Center>
        <Loader />
      </Center>
    );
  return kind === 'assessment' ? (
    <AssessmentPanel {...props} data={data} />
  ) : (
    <ClosingPanel {...props} data={data} />
  );
}
