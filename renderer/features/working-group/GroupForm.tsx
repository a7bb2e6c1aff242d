import { Card, Group, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import {
  workingGroupInputSchema,
  type Member,
  type WorkingGroup,
  type WorkingGroupInput,
} from '../../../shared/schemas/working-group';
import { useLanguage } from '../../app/useLanguage';
import { DateField } from '../../components/DateInput';
import { FormFrame } from '../../components/form/FormFrame';
import { SelectField, TextField } from '../../components/form/fields';
import { useZodForm } from '../../components/form/useZodForm';
import { LocalizedTextField } from '../../components/LocalizedTextInput';
import { saveWorkingGroup } from '../../db/working-group';

interface Props {
  territoryId: string;
  group: WorkingGroup | null;
  members: Member[];
}

const ROLES = ['chairId', 'deputyChairId', 'secretaryId'] as const;
const ROLE_LABEL = {
  chairId: 'group.chair',
  deputyChairId: 'group.deputyChair',
  secretaryId: 'group.secretary',
} as const;

function initial(group: WorkingGroup | null, name: () => WorkingGroupInput['name']) {
  if (!group) return { name: name(), orderNumber: '', orderDate: undefined, orderIssuedBy: {} };
  return {
    name: group.name,
    orderNumber: group.orderNumber ?? '',
    orderDate: group.orderDate,
    orderIssuedBy: group.orderIssuedBy ?? {},
    chairId: group.chairId,
    deputyChairId: group.deputyChairId,
    secretaryId: group.secretaryId,
  };
}

/** The group's founding order and officers; creates the group on first save. */
export function GroupForm({ territoryId, group, members }: Props) {
  const { t } = useTranslation('workingGroup');
  const lang = useLanguage();
  const form = useZodForm(
    workingGroupInputSchema,
    initial(group, () => ({ [lang]: t('group.nameDefault') })),
  );
  const { control } = form;
  const active = members.filter((m) => m.active).map((m) => ({ value: m.id, label: m.fullName }));

  return (
    <Card withBorder padding="lg" maw={900}>
      <FormFrame
        form={form}
        variant="inline"
        onSubmit={async (input) => {
          await saveWorkingGroup(territoryId, input);
          notifications.show({ color: 'teal', message: t('common:saved') });
        }}
        submitLabel={group ? t('common:save') : t('group.create')}
        submitTestId="group-save"
      >
        <LocalizedTextField
          control={control}
          name="name"
          label={t('group.name')}
          required
          testId="group-name"
        />
        <Title order={5}>{t('group.order')}</Title>
        <Group align="flex-start">
          <TextField
            control={control}
            name="orderNumber"
            label={t('group.orderNumber')}
            testId="group-order-number"
          />
          <DateField
            control={control}
            name="orderDate"
            optional
            label={t('group.orderDate')}
            testId="group-order-date"
          />
        </Group>
        <LocalizedTextField
          control={control}
          name="orderIssuedBy"
          label={t('group.orderIssuedBy')}
          description={t('group.orderIssuedByHint')}
          testId="group-order-issuer"
        />
        {group && (
          <>
            <Title order={5}>{t('group.roles')}</Title>
            <Group align="flex-start" grow>
              {ROLES.map((role) => (
                <SelectField
                  key={role}
                  control={control}
                  name={role}
                  label={t(ROLE_LABEL[role])}
                  description={t('group.roleHint')}
                  placeholder={t('group.noRole')}
                  clearable
                  searchable
                  data={active}
                  testId={`group-${role}`}
                />
              ))}
            </Group>
          </>
        )}
      </FormFrame>
    </Card>
  );
}
