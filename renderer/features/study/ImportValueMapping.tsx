import { useTranslation } from 'react-i18next';
import type { CatalogueProblem } from '../../../shared/domain/study/catalogue';
import {
  valueKey,
  type ConversionResult,
  type ImportMapping,
} from '../../../shared/domain/study/import/mapper';
import type { Language } from '../../../shared/languages';
import { pickText } from '../../../shared/schemas/localized-text';
import { AGE_GROUPS, GENDERS, RESPONDENT_GROUPS, type Place } from '../../../shared/schemas/study';
import { ValueMappingEditor } from './ValueMappingEditor';
import { catalogueName } from '../../../shared/domain/study/catalogue';

/** The import's value mapping: each unknown answer code → the option it means (kept in mapping.values). */
export function ImportValueMapping({
  result,
  mapping,
  problems,
  places,
  onChange,
}: {
  result: Pick<ConversionResult, 'unknown' | 'mapped'>;
  mapping: ImportMapping;
  problems: CatalogueProblem[];
  places: Place[];
  onChange: (values: ImportMapping['values']) => void;
}) {
  const { t, i18n } = useTranslation('study');
  const lang = (['ru', 'ky', 'en'].includes(i18n.language) ? i18n.language : 'ru') as Language;
  const options = (field: string) => {
    switch (field) {
      case 'respondentGroup':
        return RESPONDENT_GROUPS.map((v) => ({ value: v, label: t(`groups.${v}`) }));
      case 'gender':
        return GENDERS.map((v) => ({ value: v, label: t(`genders.${v}`) }));
      case 'ageGroup':
        return AGE_GROUPS.map((v) => ({ value: v, label: t(`ages.${v}`) }));
      case 'place':
        return places
          .filter((p) => !p.retired)
          .map((p) => ({ value: p.id, label: pickText(p.name, lang).text }));
      default:
        return problems
          .filter((p) => !p.retired)
          .map((p) => ({ value: p.code, label: catalogueName(p, lang) }));
    }
  };
  const entries = [...result.unknown, ...result.mapped]
    .sort((a, b) => a.column.localeCompare(b.column) || a.value.localeCompare(b.value))
    .map((u) => ({
      key: valueKey(u.field, u.value),
      value: u.value,
      column: u.column,
      rows: u.rows,
      options: options(u.field),
    }));
  // One line per key (the same code in two columns of one field is decided once).
  const unique = entries.filter((e, i) => entries.findIndex((x) => x.key === e.key) === i);
  return (
    <ValueMappingEditor
      testId="import-values"
      entries={unique}
      values={mapping.values}
      onChange={(key, option) => {
        const values = { ...mapping.values };
        if (option === undefined) delete values[key];
        else values[key] = option;
        onChange(values);
      }}
    />
  );
}
