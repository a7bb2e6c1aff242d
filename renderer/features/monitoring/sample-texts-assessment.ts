/* Texts of the sample district's assessment (the working group's own words, in Russian). */
import type { StudyInput } from '../../../shared/schemas/study';

/** The sample's places in the order the survey generator numbers them (study/sample.ts). */
export const PLACE_CODES = [
  'alamedin_market',
  'dordoi_market',
  'ak_orgo',
  'dzhal',
  'kalys_ordo',
  'school_61',
  'zhibek_zholu',
];

export const FOLLOW_UP_STUDY: StudyInput = {
  title: {
    ru: 'Повторный опрос жителей о безопасности, весна 2026',
    ky: 'Тургундардын коопсуздук боюнча кайталанган сурамжылоосу, 2026-жылдын жазы',
    en: 'Follow-up residents’ safety survey, spring 2026',
  },
  periodFrom: '2026-03-01',
  periodTo: '2026-04-30',
  methods: ['survey', 'police-data'],
};

export const MARKET_DISPLACEMENT =
  'Часть карманных краж сместилась с рынка «Аламедин» на прилегающие остановки транспорта.';

/** The conclusion of each priority, by its problem code. */
export const CONCLUSIONS: Record<string, string> = {
  'market-theft':
    'Камеры и совместные патрули на рынках работают: жители заметно реже называют кражи на рынках проблемой. Часть краж ушла на остановки рядом с рынком — их нужно включить в патрулирование.',
  'road-safety':
    'Пешеходные переходы у школ обустроены лишь частично. Жители стали реже называть проблему; данные милиции о ДТП за 2026 год нужно сравнить, когда они поступят.',
  burglary: 'Работа с жителями массивов только началась. Измеримого изменения по опросу пока нет.',
  'child-abuse':
    'Обучение педагогов и горячая линия запущены. Проблему называют немногие, поэтому опрос не может показать изменение; нужны данные служб защиты детей.',
  'teen-suicide':
    'Школьные психологи прошли обучение, работа продолжается. Опрос не показывает измеримого изменения: нужны данные школ и здравоохранения.',
};

export const DEFAULT_CONCLUSION =
  'Мероприятия выполняются; измеримого изменения пока нет, оценку нужно повторить в конце цикла.';
