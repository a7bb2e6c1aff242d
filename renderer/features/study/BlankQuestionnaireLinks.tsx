import { Group } from '@mantine/core';

/** Links to the printable blank questionnaire (filled in once the print route has the kind). */
export function BlankQuestionnaireLinks(_props: { studyId: string }) {
  return <Group gap="xs" />;
}
