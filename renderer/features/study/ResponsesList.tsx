/*
 * Every questionnaire of a study, newest first, in the shared virtual table (issue 18: lists that
 * show everything): typed ones and imported ones alike, found by a text filter (number, answers,
 * place, problem numbers), each with edit and delete.
 */
import { Badge, Button, Group } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/languages';
import { pickText } from '../../../shared/schemas/localized-text';
import type { Place, Study, SurveyResponse } from '../../../shared/schemas/study';
import { ConfirmButton } from '../../components/ConfirmButton';
import { VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { readStudyResponses } from '../../db/study/response-chunks';
import { deleteResponse } from '../../db/study/responses';
import { ListFilter, useTextFilter } from '../../components/ListFilter';

/** One questionnaire as the list shows it, its words looked up once. */
interface ResponseRow {
  response: SurveyResponse;
  group: string;
  gender: string;
  age: string;
  place: string;
  problems: string;
}

/** The study's questionnaires, newest first, live. */
function useStudyResponses(study: Pick<Study, 'id' | 'territoryId'>) {
  return useLiveQuery(
    async () => (await readStudyResponses(study.territoryId, study.id)).reverse(),
    [study.territoryId, study.id],
  );
}

export function ResponsesList({
  study,
  problems,
  places,
  onEdit,
}: {
  study: Pick<Study, 'id' | 'territoryId'>;
  /** The problems in the order of the paper form's numbers. */
  problems: readonly { code: string }[];
  places: readonly Place[];
  onEdit: (response: SurveyResponse) => void;
}) {
  const { t, i18n } = useTranslation('study');
  const lang = i18n.language as Language;
  const responses = useStudyResponses(study);
  const rows = useMemo<ResponseRow[]>(() => {
    const numberOf = new Map(problems.map((p, i) => [p.code, i + 1]));
    const names = new Map(places.map((p) => [p.id, pickText(p.name, lang).text]));
    const placeName = (id?: string) => (id && names.get(id)) || '—';
    return (responses ?? []).map((r) => ({
      response: r,
      group: r.respondentGroup ? t(`groups.${r.respondentGroup}`) : '—',
      gender: r.gender ? t(`genders.${r.gender}`) : '—',
      age: r.ageGroup ? t(`ages.${r.ageGroup}`) : '—',
      place: placeName(r.placeId),
      problems: r.problems.map((p) => numberOf.get(p.code) ?? 0).join(', '),
    }));
  }, [responses, problems, places, lang, t]);
  const text = useCallback(
    (row: ResponseRow) =>
      `${row.response.number} ${row.group} ${row.gender} ${row.age} ${row.place} ${row.problems}`,
    [],
  );
  const { query, setQuery, shown } = useTextFilter(rows, text);

  const columns = useMemo<VirtualColumn<ResponseRow>[]>(
    () => [
      {
        id: 'number',
        header: t('entry.number'),
        width: '7rem',
        cell: ({ response: r }) => (
          <>
            {r.number}{' '}
            {r.source === 'import' && (
              <Badge size="xs" variant="outline">
                {t('entry.imported')}
              </Badge>
            )}
          </>
        ),
      },
      { id: 'group', header: t('q.group'), cell: (row) => row.group },
      { id: 'gender', header: t('q.gender'), width: '7rem', cell: (row) => row.gender },
      { id: 'age', header: t('q.age'), width: '7rem', cell: (row) => row.age },
      { id: 'place', header: t('q.place'), cell: (row) => row.place },
      { id: 'problems', header: t('q.problems'), cell: (row) => row.problems },
      {
        id: 'actions',
        header: t('entry.actions'),
        width: '13rem',
        cell: ({ response: r }) => (
          <Group gap={4} justify="flex-end" wrap="nowrap">
            <Button
              size="compact-xs"
              variant="default"
              onClick={() => onEdit(r)}
              data-testid={`response-${r.number}-edit`}
            >
              {t('common:edit')}
            </Button>
            <ConfirmButton
              size="compact-xs"
              variant="default"
              color="red"
              question={t('entry.deleteConfirm', { number: r.number })}
              onConfirm={() => deleteResponse(r.id)}
              testId={`response-${r.number}-delete`}
            >
              {t('common:delete')}
            </ConfirmButton>
          </Group>
        ),
      },
    ],
    [t, onEdit],
  );

  if (!responses || responses.length === 0) return null;
  return (
    <ListFilter
      query={query}
      onChange={setQuery}
      shown={shown.length}
      all={rows.length}
      label={t('entry.filter')}
      placeholder={t('entry.filterPlaceholder')}
      testId="entry-filter"
    >
      <VirtualTable
        striped
        label={t('entry.list')}
        rows={shown}
        columns={columns}
        rowId={(row) => row.response.id}
        rowTestId="entry-response"
        rowProps={(row) => ({ 'data-number': String(row.response.number) })}
        data-testid="entry-responses"
        maxHeight="50vh"
      />
    </ListFilter>
  );
}
