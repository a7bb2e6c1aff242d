import { Button, Card, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../../shared/languages';
import {
  workingGroupInputSchema,
  type Member,
  type WorkingGroup,
  type WorkingGroupInput,
} from '../../../shared/schemas/working-group';
import { LocalizedTextInput } from '../../components/LocalizedTextInput';
import { saveWorkingGroup } from '../../db/working-group';
import { DateTextInput } from './DateTextInput';
import { saveErrors, zodErrors, type FieldErrors } from './form-errors';

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

/** The group's founding order and officers; creates the group on first save. */
export function GroupForm({ territoryId, group, members }: Props) {
  const { t, i18n } = useTranslation('workingGroup');
  const lang = isLanguage(i18n.language) ? i18n.language : 'ru';
  const [value, setValue] = useState<WorkingGroupInput>(() =>
    group
      ? {
          name: group.name,
          orderNumber: group.orderNumber ?? '',
          orderDate: group.orderDate ?? '',
          orderIssuedBy: group.orderIssuedBy ?? {},
          chairId: group.chairId,
          deputyChairId: group.deputyChairId,
          secretaryId: group.secretaryId,
        }
      : {
          name: { [lang]: t('group.nameDefault') },
          orderNumber: '',
          orderDate: '',
          orderIssuedBy: {},
        },
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<WorkingGroupInput>) => setValue((v) => ({ ...v, ...patch }));
  const active = members.filter((m) => m.active).map((m) => ({ value: m.id, label: m.fullName }));

  const save = async () => {
    const check = workingGroupInputSchema.safeParse(value);
    if (!check.success) return setErrors(zodErrors(t, check.error));
    setBusy(true);
    try {
      await saveWorkingGroup(territoryId, value);
      setErrors({});
      notifications.show({ color: 'teal', message: t('common:saved') });
    } catch (error) {
      setErrors(saveErrors(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder padding="lg" maw={900}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Stack>
          <LocalizedTextInput
            label={t('group.name')}
            required
            value={value.name}
            onChange={(name) => set({ name })}
            error={errors['name']}
            testId="group-name"
          />
          <Title order={5}>{t('group.order')}</Title>
          <Group align="flex-start">
            <TextInput
              label={t('group.orderNumber')}
              value={value.orderNumber ?? ''}
              onChange={(e) => set({ orderNumber: e.currentTarget.value })}
              error={errors['orderNumber']}
              w={200}
              data-testid="group-order-number"
            />
            <DateTextInput
              label={t('group.orderDate')}
              value={value.orderDate}
              onChange={(orderDate) => set({ orderDate })}
              error={errors['orderDate']}
              testId="group-order-date"
            />
          </Group>
          <LocalizedTextInput
            label={t('group.orderIssuedBy')}
            description={t('group.orderIssuedByHint')}
            value={value.orderIssuedBy}
            onChange={(orderIssuedBy) => set({ orderIssuedBy })}
            testId="group-order-issuer"
          />
          {group && (
            <>
              <Title order={5}>{t('group.roles')}</Title>
              <Group align="flex-start" grow>
                {ROLES.map((role) => (
                  <Select
                    key={role}
                    label={t(ROLE_LABEL[role])}
                    description={t('group.roleHint')}
                    placeholder={t('group.noRole')}
                    clearable
                    searchable
                    data={active}
                    value={value[role] ?? null}
                    onChange={(id) => set({ [role]: id ?? undefined })}
                    error={errors[role]}
                    data-testid={`group-${role}`}
                  />
                ))}
              </Group>
            </>
          )}
          <Group>
            <Button type="submit" loading={busy} data-testid="group-save">
              {group ? t('common:save') : t('group.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
