import { z } from 'zod';
import { requiredLocalizedText } from '../../../shared/schemas/common';
import type { LocalizedText } from '../../../shared/schemas/localized-text';
import { FormFrame } from '../../components/form/FormFrame';
import { useZodForm } from '../../components/form/useZodForm';
import { LocalizedTextField } from '../../components/LocalizedTextInput';

const titleSchema = z.object({ title: requiredLocalizedText(1000) });

interface Props {
  heading: string;
  label: string;
  initial: LocalizedText;
  testId: string;
  onClose: () => void;
  onSave: (title: LocalizedText) => Promise<unknown>;
}

/** A one-field dialog for the title of a priority or an objective. */
export function TitleDialog({ heading, label, initial, testId, onClose, onSave }: Props) {
  const form = useZodForm(titleSchema, { title: initial });
  return (
    <FormFrame
      form={form}
      title={heading}
      onClose={onClose}
      onSubmit={(values) => onSave(values.title)}
      submitTestId={`${testId}-save`}
    >
      <LocalizedTextField
        control={form.control}
        name="title"
        label={label}
        required
        testId={testId}
      />
    </FormFrame>
  );
}
