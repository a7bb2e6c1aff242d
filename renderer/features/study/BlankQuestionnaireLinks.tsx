import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_LANGUAGES } from '../../../shared/languages';
import { documentHref } from '../../documents';

/** Links to the printable blank questionnaire of the study, one per document language. */
export function BlankQuestionnaireLinks({ studyId }: { studyId: string }) {
  const { t } = useTranslation('study');
  return (
    <Group gap="xs" data-testid="blank-questionnaire">
      <Text size="sm">{t('blank.blank')}</Text>
      {DOCUMENT_LANGUAGES.map((lang) => (
        <Anchor
          key={lang}
          size="sm"
          href={documentHref('questionnaire', studyId, lang)}
          data-testid={`blank-questionnaire-${lang}`}
        >
          {t(`blank.${lang}`)}
        </Anchor>
      ))}
    </Group>
  );
}
