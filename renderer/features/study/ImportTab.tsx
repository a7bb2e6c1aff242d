import { Alert, Button, FileButton, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportCatalogue } from '../../../shared/domain/study/import/mapper';
import type { Study } from '../../../shared/schemas/study';
import { ImportBatches } from './ImportBatches';
import { ImportFormButton } from './ImportFormButton';
import { ImportGuard } from './ImportGuard';
import { ImportMappingTable } from './ImportMappingTable';
import { ImportProposals } from './ImportProposals';
import { ImportReport } from './ImportReport';
import { ImportValueMapping } from './ImportValueMapping';
import { useSurveyImport } from './useSurveyImport';

/** Import from KoBoToolbox/ODK/XLSX/CSV: pick → mapping → preview → report; batches can be undone. */
export function ImportTab({ study }: { study: Study }) {
  const { t } = useTranslation('study');
  const flow = useSurveyImport(study);
  const { step } = flow;

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('import.intro')}
      </Text>
      {flow.error && (
        <Alert color="red" data-testid="import-error">
          {flow.error}
        </Alert>
      )}
      {(step.kind === 'pick' || step.kind === 'mapping') && (
        <ImportFormButton form={flow.form} onChange={(f) => void flow.attachForm(f)} />
      )}
      {step.kind === 'pick' && (
        <FileButton
          onChange={(f) => void flow.pick(f)}
          accept=".xlsx,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        >
          {(props) => (
            <Button {...props} w={260} data-testid="import-pick">
              {t('import.pick')}
            </Button>
          )}
        </FileButton>
      )}
      {(step.kind === 'reading' || step.kind === 'saving') && (
        <Group>
          <Progress value={step.progress * 100} w={400} data-testid="import-progress" />
          <Text size="sm">{t(step.kind === 'reading' ? 'import.reading' : 'import.saving')}</Text>
          <Button
            variant="default"
            onClick={step.kind === 'reading' ? flow.reset : () => flow.session.current?.cancel()}
            data-testid="import-cancel"
          >
            {t('common:cancel')}
          </Button>
        </Group>
      )}
      {step.kind === 'mapping' && (
        <Stack>
          <Title order={5}>
            {t('import.mappingTitle', { count: step.summary.rowCount, file: flow.fileName })}
          </Title>
          <ImportMappingTable
            summary={step.summary}
            columns={step.mapping.columns}
            confidence={step.proposal?.confidence}
            suggestions={step.proposal?.suggestions}
            problems={flow.problems ?? []}
            onChange={(columns) =>
              void flow.convert(step.summary, { ...step.mapping, columns }, step.proposal)
            }
          />
          {step.proposal && (
            <ImportProposals
              proposal={step.proposal}
              territoryId={flow.territoryId}
              onAdded={(added) => {
                const against: ImportCatalogue = {
                  problems: [...flow.catalogue.problems, ...added.problems],
                  places: [
                    ...flow.catalogue.places,
                    ...added.places.map((p) => ({ id: p.id, code: p.code, name: p.name })),
                  ],
                };
                const proposal = flow.propose(step.summary, against);
                void flow.convert(
                  step.summary,
                  { ...proposal.mapping, values: step.mapping.values },
                  proposal,
                  against,
                );
              }}
            />
          )}
          {step.result && (
            <ImportValueMapping
              result={step.result}
              mapping={step.mapping}
              problems={flow.problems ?? []}
              places={flow.places ?? []}
              onChange={(values) =>
                void flow.convert(step.summary, { ...step.mapping, values }, step.proposal)
              }
            />
          )}
          {step.result && (
            <ImportGuard
              result={step.result}
              warnings={flow.warnings}
              anyway={flow.anyway}
              onAnyway={flow.setAnyway}
            />
          )}
          {step.result && (
            <ImportReport
              result={step.result}
              headers={step.summary.headers}
              ignored={step.summary.headers.filter(
                (_, i) => step.mapping.columns[i]?.field === 'ignore',
              )}
            />
          )}
          <Group>
            <Button
              disabled={
                !step.result ||
                step.result.rowCount === 0 ||
                Boolean(flow.error) ||
                (flow.warnings.length > 0 && !flow.anyway)
              }
              onClick={() =>
                step.result &&
                void flow.store(step.summary, step.mapping, step.result, step.proposal)
              }
              data-testid="import-confirm"
            >
              {t('import.confirm', {
                count: (step.result?.rowCount ?? 0) - (step.result?.alreadyImported ?? 0),
              })}
            </Button>
            <Button variant="default" onClick={flow.reset}>
              {t('common:cancel')}
            </Button>
          </Group>
        </Stack>
      )}
      {step.kind === 'done' && (
        <Stack>
          <ImportReport
            result={step.result}
            headers={step.headers}
            ignored={step.ignored}
            imported={step.stored.imported}
            alreadyImported={step.stored.alreadyImported}
          />
          <Button variant="default" w={260} onClick={flow.reset}>
            {t('import.another')}
          </Button>
        </Stack>
      )}
      <ImportBatches studyId={study.id} />
    </Stack>
  );
}
