import { ActionIcon, Popover, TextInput } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { useDisclosure } from '@mantine/hooks';
import type { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatDate, isIsoDate, parseDate } from '../../shared/format';
import { useBoundField, type BoundField, type FieldLabels } from './form/field';
import { useTypedText } from './form/useTypedText';

interface DateProps extends FieldLabels {
  /** Empty gives '' (the schema says "required") or undefined when the date is optional. */
  optional?: boolean;
  w?: number | string;
}

/**
 * The one date field: typed as dd.mm.yyyy, or picked in a calendar (the icon is for the mouse;
 * the keyboard types). Kept as `YYYY-MM-DD` in local time (architecture A6); a date that does not
 * exist (31.02) stays visible beside its message.
 */
export function DateField<T extends FieldValues, O>({
  label,
  description,
  required,
  testId,
  optional,
  w = 170,
  ...bound
}: DateProps & BoundField<T, O>) {
  const { t } = useTranslation();
  const { field, inputProps } = useBoundField(bound, { label, description, required, testId });
  const [opened, { close, toggle }] = useDisclosure(false);
  const [text, change] = useTypedText<string | undefined>(
    field.value,
    (value) => (value && isIsoDate(value) ? formatDate(value) : (value ?? '')),
    (typed) => (typed.trim() ? (parseDate(typed) ?? typed) : optional ? undefined : ''),
    field.onChange,
  );
  const picked = typeof field.value === 'string' && isIsoDate(field.value) ? field.value : null;
  const calendar = (
    <Popover
      opened={opened}
      onChange={(open) => !open && close()}
      position="bottom-end"
      shadow="md"
    >
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          size="sm"
          tabIndex={-1}
          aria-label={t('form.calendar')}
          onClick={toggle}
        >
          📅
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <DatePicker
          value={picked}
          defaultDate={picked ?? undefined}
          onChange={(value) => {
            if (value) change(formatDate(value));
            close();
          }}
        />
      </Popover.Dropdown>
    </Popover>
  );
  return (
    <TextInput
      {...inputProps}
      placeholder={t('plan:fields.dateHint')}
      w={w}
      value={text}
      onChange={(event) => change(event.currentTarget.value)}
      rightSection={calendar}
    />
  );
}
