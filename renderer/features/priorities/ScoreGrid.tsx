import { Table, Text, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment, ScoreSheet } from '../../../shared/schemas/priorities';
import { setScore } from '../../db/priorities';
import { criterionName, problemName, type AssessmentModel } from './assessment-model';
import { useReportError } from './useReportError';
import { useLanguage } from '../../app/useLanguage';

/**
 * One ballot as a grid: problems down, scored criteria across. Typing 1–5 saves the cell and
 * moves to the next one (keyboard-fast entry from paper); 0, 6 or a letter is refused beside the
 * grid and nothing is saved; Backspace/Delete clears a cell.
 */
export function ScoreGrid({
  sheet,
  assessment,
  model,
}: {
  sheet: ScoreSheet;
  assessment: Assessment;
  model: AssessmentModel;
}) {
  const { t } = useTranslation('priorities');
  const lang = useLanguage();
  const report = useReportError();
  const [refused, setRefused] = useState<string | null>(null);
  const cells = useRef(new Map<string, HTMLInputElement>());
  const criteria = assessment.criteria.filter((c) => c.source === 'scored' && c.active);
  const codes = assessment.problemCodes;
  if (criteria.length === 0) return <Text c="dimmed">{t('sheets.noScored')}</Text>;

  const focusNext = (row: number, column: number) => {
    const nextColumn = column + 1 < criteria.length ? column + 1 : 0;
    const nextRow = column + 1 < criteria.length ? row : row + 1;
    const code = codes[nextRow];
    if (code) cells.current.get(`${code}|${criteria[nextColumn]!.key}`)?.focus();
  };

  return (
    <>
      <Table withTableBorder withColumnBorders data-testid="score-grid">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ranking.problem')}</Table.Th>
            {criteria.map((c) => (
              <Table.Th key={c.key} w={110}>
                {criterionName(c, t, lang)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {codes.map((code, row) => (
            <Table.Tr key={code}>
              <Table.Td>{problemName(model.titles, code, lang)}</Table.Td>
              {criteria.map((c, column) => {
                const stored = sheet.scores[code]?.[c.key];
                return (
                  <Table.Td key={c.key}>
                    <TextInput
                      ref={(element) => {
                        if (element) cells.current.set(`${code}|${c.key}`, element);
                      }}
                      aria-label={`${problemName(model.titles, code, lang)} — ${criterionName(c, t, lang)}`}
                      data-testid={`score-${code}-${c.key}`}
                      size="xs"
                      w={56}
                      inputMode="numeric"
                      value={stored === undefined ? '' : String(stored)}
                      onKeyDown={(event) => {
                        if (event.key === 'Backspace' || event.key === 'Delete') {
                          event.preventDefault();
                          setRefused(null);
                          void report(() => setScore(sheet.id, code, c.key, null));
                        } else if (/^\d$/.test(event.key)) {
                          event.preventDefault();
                          const value = Number(event.key);
                          if (value < 1 || value > 5) {
                            setRefused(t('errors.score'));
                            return;
                          }
                          setRefused(null);
                          void report(() => setScore(sheet.id, code, c.key, value));
                          focusNext(row, column);
                        } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
                          event.preventDefault();
                          setRefused(t('errors.score'));
                        }
                      }}
                      onChange={() => undefined}
                    />
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text c="red" size="sm" aria-live="polite" data-testid="score-refused" mih={20}>
        {refused}
      </Text>
    </>
  );
}
