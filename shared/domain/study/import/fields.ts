/*
 * What an import can fill, and how column headers and answer values of survey tools (KoBoToolbox,
 * ODK, hand-made spreadsheets) are recognised: by XML name or by label (ru/ky/en), with or without
 * `group/` prefixes; option codes compared without punctuation, so `18_29` exported as 1829 matches.
 */
import { AGE_GROUPS, GENDERS, RESPONDENT_GROUPS } from '../../../schemas/study';

export const SCALAR_FIELDS = [
  'respondentGroup',
  'gender',
  'ageGroup',
  'place',
  'problems',
  'safeDay',
  'safeNight',
  'trustPolice',
  'victim',
  'reported',
  'comment',
  'consent',
  'uuid',
  'submittedAt',
] as const;
export type ScalarField = (typeof SCALAR_FIELDS)[number];

/** Where a column goes. */
export type ColumnTarget =
  | { field: ScalarField }
  | { field: 'problemOption'; code: string }
  | { field: 'concern'; code: string }
  | { field: 'ignore' };

/** Lower-case letters and digits only: `Age_Group` → `agegroup`, `18_29` → `1829`, `Возраст:` → `возраст`. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Header names (XML names and labels in ru/ky/en) per field, already normalised. */
export const HEADER_SYNONYMS: Record<ScalarField, string[]> = {
  respondentGroup: [
    'respondentgroup',
    'respondent',
    'respondentcategory',
    'ктовы',
    'сизкимсиз',
    'whoareyou',
    'категорияреспондента',
    'группареспондентов',
    'респонденттинкатегориясы',
    'респонденттертобу',
  ],
  gender: ['gender', 'sex', 'пол', 'жынысы', 'жыныс'],
  ageGroup: ['agegroup', 'age', 'возраст', 'возрастнаягруппа', 'жашы', 'жаш', 'курактобу'],
  place: [
    'place',
    'location',
    'area',
    'место',
    'местопроживания',
    'жер',
    'жашагану',
    'жашаганжери',
    'район',
    'массив',
    'микрорайон',
  ],
  problems: [
    'problems',
    'problem',
    'problemsnamed',
    'проблемы',
    'проблема',
    'какиепроблемы',
    'көйгөйлөр',
    'коогойлор',
    'whichproblems',
  ],
  safeDay: [
    'safeday',
    'safetyday',
    'feelsafeday',
    'безопасностьднем',
    'чувствобезопасностиднем',
    'күндүзкоопсуздук',
    'кундузкоопсуздук',
  ],
  safeNight: [
    'safenight',
    'safetynight',
    'feelsafenight',
    'безопасностьночью',
    'чувствобезопасностиночью',
    'түнкүкоопсуздук',
    'тункукоопсуздук',
    'түндөкоопсуздук',
  ],
  trustPolice: [
    'trustpolice',
    'trust',
    'policetrust',
    'довериемилиции',
    'доверие',
    'милицияганишеним',
    'ишеним',
  ],
  victim: [
    'victim',
    'victim12m',
    'victimisation',
    'жертва',
    'пострадали',
    'жабырлануучу',
    'жабырландыңызбы',
  ],
  reported: [
    'reported',
    'reportedtopolice',
    'сообщиливмилицию',
    'заявили',
    'милициягакабарладыңызбы',
    'кабарладыңызбы',
  ],
  comment: ['comment', 'comments', 'note', 'комментарий', 'примечание', 'пикир', 'эскертүү'],
  consent: ['consent', 'agree', 'согласие', 'макулдук'],
  uuid: ['uuid', 'instanceid', 'metainstanceid'],
  submittedAt: ['submissiontime', 'submittedat', 'end', 'date', 'дата', 'күнү'],
};

/** KoBo/ODK metadata columns that carry no answers. */
export const METADATA = [
  'id',
  'index',
  'validationstatus',
  'status',
  'submittedby',
  'version',
  'notes',
  'tags',
  'parentindex',
  'parenttablename',
  'start',
  'today',
  'deviceid',
  'xformid',
  'formhubuuid',
  'metarootuuid',
  'metadeprecatedid',
];

/** Option values (normalised synonyms) for the choice fields. */
export const OPTION_SYNONYMS: Record<
  'respondentGroup' | 'gender' | 'ageGroup',
  Record<string, string[]>
> = {
  respondentGroup: {
    resident: ['resident', 'житель', 'тургун', 'жительница'],
    business: ['business', 'entrepreneur', 'предприниматель', 'бизнес', 'ишкер'],
    student: ['student', 'pupil', 'учащийся', 'студент', 'окуучу', 'школьник'],
    parent: ['parent', 'родитель', 'атаэне'],
    official: ['official', 'госслужащий', 'сотрудникгосоргана', 'кызматкер'],
    other: ['other', 'другое', 'башка'],
  },
  gender: {
    female: ['female', 'f', 'woman', 'женщина', 'женский', 'ж', 'аял', 'кыз'],
    male: ['male', 'm', 'man', 'мужчина', 'мужской', 'м', 'эркек'],
  },
  ageGroup: {
    'under-18': ['under18', 'lt18', 'до18', '18гечейин', '017', '1417', '1517'],
    '18-29': ['1829', '18до29'],
    '30-44': ['3044'],
    '45-59': ['4559'],
    '60-plus': ['60plus', '60', '60+', '60истарше', '60жанаандан', '60andover', 'over60', '60up'],
  },
};

export const CHOICE_VALUES = {
  respondentGroup: RESPONDENT_GROUPS,
  gender: GENDERS,
  ageGroup: AGE_GROUPS,
} as const;

/** Yes/no answers (1/0, да/нет, ооба/жок, true/false, yes/no). */
export function parseYesNo(value: string): boolean | undefined {
  const v = normalize(value);
  if (['1', 'yes', 'y', 'true', 'да', 'ооба', 'иа', 'ия'].includes(v)) return true;
  if (['0', 'no', 'n', 'false', 'нет', 'жок'].includes(v)) return false;
  return undefined;
}
