import {
  Badge,
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/languages';
import { hasAnyText, pickText, type LocalizedText } from '../../../shared/schemas/localized-text';
import {
  PLACE_KINDS,
  PROBLEM_CATEGORIES,
  type PlaceKind,
  type ProblemCategory,
} from '../../../shared/schemas/study';
import { useTerritory } from '../../app/territory-context';
import { LocalizedTextInput } from '../../components/LocalizedTextInput';
import { addPlace, addProblem, updatePlace, updateProblem } from '../../db/study/catalogue';
import { useProblems } from '../../db/hooks';
import { usePlaces } from './useStudyData';

interface Draft {
  id?: string;
  title: LocalizedText;
  kind: string;
  code?: string;
}

function EditModal({
  mode,
  draft,
  onClose,
}: {
  mode: 'problem' | 'place';
  draft: Draft;
  onClose: () => void;
}) {
  const { t } = useTranslation('study');
  const territory = useTerritory();
  const [value, setValue] = useState(draft);
  const [error, setError] = useState<string | undefined>();
  const kinds = mode === 'problem' ? PROBLEM_CATEGORIES : PLACE_KINDS;
  const save = async () => {
    if (!hasAnyText(value.title)) return setError(t('errors:required'));
    if (mode === 'problem') {
      if (value.id)
        await updateProblem(value.id, {
          title: value.title,
          category: value.kind as ProblemCategory,
        });
      else await addProblem({ title: value.title, category: value.kind as ProblemCategory });
    } else if (value.id)
      await updatePlace(value.id, {
        name: value.title,
        kind: value.kind as PlaceKind,
        code: value.code,
      });
    else
      await addPlace(territory.id, {
        name: value.title,
        kind: value.kind as PlaceKind,
        code: value.code,
      });
    onClose();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(mode === 'problem' ? 'catalogue.problem' : 'catalogue.place')}
    >
      <Stack>
        <LocalizedTextInput
          label={t('catalogue.name')}
          required
          value={value.title}
          onChange={(title) => setValue({ ...value, title })}
          error={error}
          testId={`${mode}-name`}
        />
        <Select
          label={t(mode === 'problem' ? 'catalogue.category' : 'catalogue.kind')}
          allowDeselect={false}
          value={value.kind}
          data={kinds.map((k) => ({
            value: k,
            label: t(`${mode === 'problem' ? 'categories' : 'placeKinds'}.${k}`),
          }))}
          onChange={(kind) => kind && setValue({ ...value, kind })}
          data-testid={`${mode}-kind`}
        />
        {mode === 'place' && (
          <TextInput
            label={t('catalogue.code')}
            description={t('catalogue.codeHint')}
            value={value.code ?? ''}
            onChange={(e) => setValue({ ...value, code: e.currentTarget.value })}
          />
        )}
        <Group justify="flex-end">
          <Button onClick={() => void save()} data-testid={`${mode}-save`}>
            {t('common:save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The problem catalogue (global) and the territory's places: add, rename, retire. */
export function CatalogueTab() {
  const { t, i18n } = useTranslation('study');
  const lang = i18n.language as Language;
  const territory = useTerritory();
  const problems = useProblems();
  const places = usePlaces(territory.id);
  const [modal, setModal] = useState<{ mode: 'problem' | 'place'; draft: Draft } | null>(null);
  const retiredBadge = <Badge color="gray">{t('catalogue.retired')}</Badge>;
  return (
    <SimpleGrid cols={{ base: 1, xl: 2 }}>
      <Stack>
        <Group justify="space-between">
          <Title order={4}>{t('catalogue.problems')}</Title>
          <Button
            size="xs"
            onClick={() => setModal({ mode: 'problem', draft: { title: {}, kind: 'other' } })}
            data-testid="problem-add"
          >
            {t('catalogue.addProblem')}
          </Button>
        </Group>
        <Table striped data-testid="problem-table">
          <Table.Tbody>
            {(problems ?? []).map((p, i) => (
              <Table.Tr key={p.code} opacity={p.retired ? 0.6 : 1}>
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>
                  {pickText(p.title, lang).text} {p.retired && retiredBadge}
                </Table.Td>
                <Table.Td>{t(`categories.${p.category}`)}</Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-xs"
                      variant="default"
                      onClick={() =>
                        setModal({
                          mode: 'problem',
                          draft: { id: p.code, title: p.title, kind: p.category },
                        })
                      }
                    >
                      {t('common:edit')}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="default"
                      onClick={() => void updateProblem(p.code, { retired: !p.retired })}
                      data-testid={`problem-retire-${p.code}`}
                    >
                      {t(p.retired ? 'catalogue.restore' : 'catalogue.retire')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
      <Stack>
        <Group justify="space-between">
          <Title order={4}>{t('catalogue.places')}</Title>
          <Button
            size="xs"
            onClick={() => setModal({ mode: 'place', draft: { title: {}, kind: 'market' } })}
            data-testid="place-add"
          >
            {t('catalogue.addPlace')}
          </Button>
        </Group>
        <Table striped data-testid="place-table">
          <Table.Tbody>
            {(places ?? []).map((p) => (
              <Table.Tr key={p.id} opacity={p.retired ? 0.6 : 1}>
                <Table.Td>
                  {pickText(p.name, lang).text} {p.retired && retiredBadge}
                </Table.Td>
                <Table.Td>{t(`placeKinds.${p.kind}`)}</Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-xs"
                      variant="default"
                      onClick={() =>
                        setModal({
                          mode: 'place',
                          draft: { id: p.id, title: p.name, kind: p.kind, code: p.code },
                        })
                      }
                    >
                      {t('common:edit')}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="default"
                      onClick={() => void updatePlace(p.id, { retired: !p.retired })}
                    >
                      {t(p.retired ? 'catalogue.restore' : 'catalogue.retire')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
      {modal && <EditModal mode={modal.mode} draft={modal.draft} onClose={() => setModal(null)} />}
    </SimpleGrid>
  );
}
