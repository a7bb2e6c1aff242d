import type { TerritoryInput } from '../schemas/territory';

/**
 * The demonstration territory (issue "Foundation II"): the Sverdlovsky district of Bishkek, where
 * the first joint plan was piloted in 2018. Names are realistic but the people are invented.
 */
export const SAMPLE_TERRITORY: TerritoryInput = {
  name: {
    ru: 'Свердловский район',
    ky: 'Свердлов району',
    en: 'Sverdlovsky district',
  },
  kind: 'city-district',
  parent: { ru: 'город Бишкек', ky: 'Бишкек шаары', en: 'Bishkek city' },
  population: 300_600,
  office: {
    officeName: {
      ru: 'Муниципальная администрация мэрии города Бишкек по Свердловскому административному району',
      ky: 'Бишкек шаарынын мэриясынын Свердлов административдик району боюнча муниципалдык администрациясы',
      en: 'Municipal Administration of the Bishkek Mayor’s Office for Sverdlovsky District',
    },
    headName: {
      ru: 'Осмонова Айнура Түлөгөновна',
      ky: 'Осмонова Айнура Түлөгөновна',
      en: 'Ainura Osmonova',
    },
    headPosition: {
      ru: 'Глава администрации',
      ky: 'Администрациянын башчысы',
      en: 'Head of the Administration',
    },
  },
};
