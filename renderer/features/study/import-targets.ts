import type { TFunction } from 'i18next';
import type { CatalogueProblem } from '../../../shared/domain/study/catalogue';
import { SCALAR_FIELDS } from '../../../shared/domain/study/import/fields';
import type { Language } from '../../../shared/languages';
import { pickText } from '../../../shared/schemas/localized-text';

/** The choices of the column-mapping selects, grouped. */
export function targetOptions(t: TFunction, problems: CatalogueProblem[], language: string) {
  const lang = (['ru', 'ky', 'en'].includes(language) ? language : 'ru') as Language;
  return [
    {
      group: t('study:import.groupFields'),
      items: [
        { value: 'ignore', label: t('study:import.ignore') },
        ...SCALAR_FIELDS.map((f) => ({ value: f, label: t(`study:import.fields.${f}`) })),
      ],
    },
    {
      group: t('study:import.groupOptions'),
      items: problems.map((p) => ({
        value: `problemOption:${p.code}`,
        label: `${t('study:import.optionColumn')}: ${pickText(p.title, lang).text}`,
      })),
    },
    {
      group: t('study:import.groupConcern'),
      items: problems.map((p) => ({
        value: `concern:${p.code}`,
        label: `${t('study:import.concernColumn')}: ${pickText(p.title, lang).text}`,
      })),
    },
  ];
}
