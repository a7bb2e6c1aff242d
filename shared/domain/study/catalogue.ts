/*
 * The standard problem catalogue shipped with the app (ru/ky/en), and how the clerk's changes
 * (renames, retirements, own problems) are laid over it. Codes are stable forever: data refers to
 * problems by code, so a new app version can add standard problems without a migration.
 */
import type { Language } from '../../languages';
import { pickText } from '../../localized-text';
import type { LocalizedText } from '../../schemas/localized-text';
import type { Problem, ProblemCategory } from '../../schemas/study';

export interface StandardProblem {
  code: string;
  category: ProblemCategory;
  title: LocalizedText;
}

/** The shipped list, in the order the questionnaire prints it. */
export const STANDARD_PROBLEMS: readonly StandardProblem[] = Object.freeze([
  {
    code: 'child-abuse',
    category: 'children',
    title: {
      ru: 'Жестокое обращение с детьми',
      ky: 'Балдарга катаал мамиле кылуу',
      en: 'Child abuse',
    },
  },
  {
    code: 'teen-suicide',
    category: 'children',
    title: {
      ru: 'Подростковые суициды',
      ky: 'Өспүрүмдөрдүн өз жанын кыюусу',
      en: 'Teenage suicide',
    },
  },
  {
    code: 'juvenile-delinquency',
    category: 'children',
    title: {
      ru: 'Правонарушения несовершеннолетних',
      ky: 'Жашы жете электердин укук бузуулары',
      en: 'Juvenile delinquency',
    },
  },
  {
    code: 'school-bullying',
    category: 'children',
    title: {
      ru: 'Насилие и травля в школах',
      ky: 'Мектептердеги зомбулук жана кордоо',
      en: 'Violence and bullying at school',
    },
  },
  {
    code: 'domestic-violence',
    category: 'violence',
    title: { ru: 'Домашнее насилие', ky: 'Үй-бүлөлүк зомбулук', en: 'Domestic violence' },
  },
  {
    code: 'bride-kidnapping',
    category: 'violence',
    title: { ru: 'Похищение невест', ky: 'Кыз ала качуу', en: 'Bride kidnapping' },
  },
  {
    code: 'street-fights',
    category: 'public-order',
    title: {
      ru: 'Драки и хулиганство на улицах',
      ky: 'Көчөдөгү мушташ жана бейбаштык',
      en: 'Street fights and hooliganism',
    },
  },
  {
    code: 'vandalism',
    category: 'public-order',
    title: {
      ru: 'Вандализм и порча имущества',
      ky: 'Вандализм жана мүлктү бузуу',
      en: 'Vandalism and damage to property',
    },
  },
  {
    code: 'market-theft',
    category: 'property',
    title: {
      ru: 'Кражи и беспорядки на рынках',
      ky: 'Базарлардагы уурулук жана тартипсиздик',
      en: 'Theft and disorder at markets',
    },
  },
  {
    code: 'burglary',
    category: 'property',
    title: { ru: 'Квартирные кражи', ky: 'Батирлерден уурдоо', en: 'Burglary' },
  },
  {
    code: 'street-robbery',
    category: 'property',
    title: {
      ru: 'Грабежи и уличные кражи',
      ky: 'Тоноо жана көчөдөгү уурулук',
      en: 'Robbery and street theft',
    },
  },
  {
    code: 'vehicle-theft',
    category: 'property',
    title: {
      ru: 'Угоны и кражи из автомобилей',
      ky: 'Унааларды айдап кетүү жана унаадан уурдоо',
      en: 'Vehicle theft',
    },
  },
  {
    code: 'road-safety',
    category: 'road',
    title: {
      ru: 'Безопасность дорожного движения',
      ky: 'Жол кыймылынын коопсуздугу',
      en: 'Road safety',
    },
  },
  {
    code: 'drugs-alcohol',
    category: 'substances',
    title: {
      ru: 'Наркотики и алкоголь',
      ky: 'Баңгизат жана спирт ичимдиктери',
      en: 'Drugs and alcohol',
    },
  },
  {
    code: 'dark-streets',
    category: 'environment',
    title: { ru: 'Неосвещённые улицы', ky: 'Жарыгы жок көчөлөр', en: 'Dark streets' },
  },
  {
    code: 'stray-dogs',
    category: 'environment',
    title: { ru: 'Бродячие собаки', ky: 'Ээсиз иттер', en: 'Stray dogs' },
  },
  {
    code: 'fraud',
    category: 'economic',
    title: {
      ru: 'Мошенничество (в т. ч. по телефону и в интернете)',
      ky: 'Алдамчылык (телефон жана интернет аркылуу да)',
      en: 'Fraud (including by phone and online)',
    },
  },
  {
    code: 'racketeering',
    category: 'economic',
    title: {
      ru: 'Рэкет и вымогательство',
      ky: 'Рэкет жана опузалап акча талап кылуу',
      en: 'Racketeering and extortion',
    },
  },
]);

/** A problem as the app shows it: the standard entry with the clerk's changes, or the clerk's own. */
export interface CatalogueProblem {
  code: string;
  category: ProblemCategory;
  title: LocalizedText;
  retired: boolean;
  standard: boolean;
  /** The stored row, when the clerk changed or added this problem. */
  rowId?: string;
}

/** Lays the stored rows over the standard list: standard first in shipped order, then the clerk's own by creation. */
export function mergeCatalogue(rows: readonly Problem[]): CatalogueProblem[] {
  const byCode = new Map(rows.map((row) => [row.code, row]));
  const standard = STANDARD_PROBLEMS.map((entry): CatalogueProblem => {
    const row = byCode.get(entry.code);
    return row
      ? {
          code: entry.code,
          category: row.category,
          title: row.title,
          retired: row.retired,
          standard: true,
          rowId: row.id,
        }
      : { ...entry, retired: false, standard: true };
  });
  const standardCodes = new Set(STANDARD_PROBLEMS.map((entry) => entry.code));
  const own = rows
    .filter((row) => !standardCodes.has(row.code))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((row): CatalogueProblem => ({
      code: row.code,
      category: row.category,
      title: row.title,
      retired: row.retired,
      standard: false,
      rowId: row.id,
    }));
  return [...standard, ...own];
}

/** A fresh code for a problem the clerk adds: from the English/Latin title when there is one, never clashing. */
export function newProblemCode(title: LocalizedText, taken: ReadonlySet<string>): string {
  const latin = (title.en ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 30);
  const base = /^[a-z]/.test(latin) && latin.length >= 2 ? latin : 'problem';
  if (!taken.has(base) && base !== 'problem') return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Where a problem's title is looked up: the catalogue as a list, or its titles by code. */
export type ProblemTitles =
  | ReadonlyMap<string, LocalizedText | undefined>
  | readonly { code: string; title: LocalizedText }[];

/**
 * A problem's name in `lang`, as every screen shows it: the catalogue's title (with the clerk's
 * changes) in that language, else in the next filled one, else its code. Screens that name a
 * problem call this, so a problem reads the same on the study, priorities and city screens.
 */
export function problemName(titles: ProblemTitles, code: string, lang: Language): string {
  const title =
    titles instanceof Map
      ? titles.get(code)
      : (titles as readonly { code: string; title: LocalizedText }[]).find((p) => p.code === code)
          ?.title;
  return pickText(title, lang).text || code;
}

/** The name of a problem of the catalogue (one of the list a screen walks). */
export function catalogueName(problem: { code: string; title: LocalizedText }, lang: Language) {
  return pickText(problem.title, lang).text || problem.code;
}
