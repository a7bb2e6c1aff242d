import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { memberInputSchema, ORG_TYPES, type Member } from '../../../shared/schemas/working-group';
import { DateField } from '../../components/DateInput';
import { FormFrame } from '../../components/form/FormFrame';
import { SelectField, TextField } from '../../components/form/fields';
import { useZodForm } from '../../components/form/useZodForm';
import { LocalizedTextField } from '../../components/LocalizedTextInput';
import { addMember, updateMember } from '../../db/working-group';

interface Props {
  groupId: string;
  /** The member to edit; absent for a new one. */
  member?: Member;
  onClose: () => void;
}

function initial(member?: Member) {
  if (!member) return { fullName: '', position: {}, organisation: {}, phone: '', email: '' };
  return {
    fullName: member.fullName,
    position: member.position,
    organisation: member.organisation,
    orgType: member.orgType,
    phone: member.phone ?? '',
    email: member.email ?? '',
    memberFrom: member.memberFrom,
    memberTo: member.memberTo,
  };
}

/** Add or edit one member in a dialog; nothing is saved until every field is right. */
export function MemberForm({ groupId, member, onClose }: Props) {
  const { t } = useTranslation('workingGroup');
  const form = useZodForm(memberInputSchema, initial(member));
  const { control } = form;
  return (
    <FormFrame
      form={form}
      title={t(member ? 'members.editTitle' : 'members.newTitle')}
      onClose={onClose}
      onSubmit={(input) => (member ? updateMember(member.id, input) : addMember(groupId, input))}
      submitTestId="member-save"
    >
      <TextField
        control={control}
        name="fullName"
        label={t('members.fullName')}
        required
        testId="member-name"
      />
      <LocalizedTextField
        control={control}
        name="position"
        label={t('members.position')}
        testId="member-position"
      />
      <LocalizedTextField
        control={control}
        name="organisation"
        label={t('members.organisation')}
        testId="member-organisation"
      />
      <SelectField
        control={control}
        name="orgType"
        label={t('members.orgType')}
        required
        data={ORG_TYPES.map((type) => ({ value: type, label: t(`orgTypes.${type}`) }))}
        testId="member-org-type"
      />
      <Group grow align="flex-start">
        <TextField
          control={control}
          name="phone"
          label={t('members.phone')}
          testId="member-phone"
        />
        <TextField
          control={control}
          name="email"
          label={t('members.email')}
          testId="member-email"
        />
      </Group>
      <Group align="flex-start">
        <DateField
          control={control}
          name="memberFrom"
          optional
          label={t('members.memberFrom')}
          testId="member-from"
        />
        {member && (
          <DateField
            control={control}
            name="memberTo"
            optional
            label={t('members.memberTo')}
            testId="member-to"
          />
        )}
      </Group>
    </FormFrame>
  );
}
