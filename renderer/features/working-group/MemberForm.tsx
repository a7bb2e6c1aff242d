import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  memberInputSchema,
  ORG_TYPES,
  type Member,
  type MemberInput,
  type OrgType,
} from '../../../shared/schemas/working-group';
import { LocalizedTextInput } from '../../components/LocalizedTextInput';
import { addMember, updateMember } from '../../db/working-group';
import { DateTextInput } from './DateTextInput';
import { saveErrors, zodErrors, type FieldErrors } from './form-errors';

interface Props {
  groupId: string;
  /** The member to edit; absent for a new one. */
  member?: Member;
  onClose: () => void;
}

function initial(member?: Member): MemberInput {
  if (!member)
    return {
      fullName: '',
      position: {},
      organisation: {},
      orgType: undefined as unknown as OrgType,
      phone: '',
      email: '',
      memberFrom: '',
    };
  return {
    fullName: member.fullName,
    position: member.position,
    organisation: member.organisation,
    orgType: member.orgType,
    phone: member.phone ?? '',
    email: member.email ?? '',
    memberFrom: member.memberFrom ?? '',
    memberTo: member.memberTo ?? '',
  };
}

/** Add or edit one member in a dialog; nothing is saved until every field is right. */
export function MemberForm({ groupId, member, onClose }: Props) {
  const { t } = useTranslation('workingGroup');
  const [value, setValue] = useState<MemberInput>(() => initial(member));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<MemberInput>) => setValue((v) => ({ ...v, ...patch }));

  const save = async () => {
    const check = memberInputSchema.safeParse(value);
    if (!check.success) return setErrors(zodErrors(t, check.error));
    setBusy(true);
    try {
      if (member) await updateMember(member.id, value);
      else await addMember(groupId, value);
      onClose();
    } catch (error) {
      setErrors(saveErrors(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(member ? 'members.editTitle' : 'members.newTitle')}
      size="lg"
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Stack>
          <TextInput
            label={t('members.fullName')}
            required
            data-autofocus
            value={value.fullName}
            onChange={(e) => set({ fullName: e.currentTarget.value })}
            error={errors['fullName']}
            data-testid="member-name"
          />
          <LocalizedTextInput
            label={t('members.position')}
            value={value.position}
            onChange={(position) => set({ position })}
            testId="member-position"
          />
          <LocalizedTextInput
            label={t('members.organisation')}
            value={value.organisation}
            onChange={(organisation) => set({ organisation })}
            testId="member-organisation"
          />
          <Select
            label={t('members.orgType')}
            required
            data={ORG_TYPES.map((type) => ({ value: type, label: t(`orgTypes.${type}`) }))}
            value={value.orgType ?? null}
            onChange={(orgType) => set({ orgType: (orgType ?? undefined) as OrgType })}
            error={errors['orgType']}
            data-testid="member-org-type"
          />
          <Group grow align="flex-start">
            <TextInput
              label={t('members.phone')}
              value={value.phone ?? ''}
              onChange={(e) => set({ phone: e.currentTarget.value })}
              error={errors['phone']}
              data-testid="member-phone"
            />
            <TextInput
              label={t('members.email')}
              value={value.email ?? ''}
              onChange={(e) => set({ email: e.currentTarget.value })}
              error={errors['email']}
              data-testid="member-email"
            />
          </Group>
          <Group align="flex-start">
            <DateTextInput
              label={t('members.memberFrom')}
              value={value.memberFrom}
              onChange={(memberFrom) => set({ memberFrom })}
              error={errors['memberFrom']}
              testId="member-from"
            />
            {member && (
              <DateTextInput
                label={t('members.memberTo')}
                value={value.memberTo}
                onChange={(memberTo) => set({ memberTo })}
                error={errors['memberTo']}
                testId="member-to"
              />
            )}
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="member-save">
              {t('common:save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
