/*
 * Sample data of three more districts of Bishkek (issue 19, item 5): Leninsky, Oktyabrsky and
 * Pervomaisky. Each is built into a database of its own and sent as a signed exchange package, as
 * the district's office would send it, so that a city workspace can be tried at once. Populations
 * are of the order of the official figures; the people are invented; places, schools and
 * organisations are real kinds of bodies with plausible names, not checked against the districts'
 * boundaries. Deterministic: the same districts every time.
 */
import type { LocalizedText } from '../../../shared/schemas/localized-text';
import type { TerritoryInput } from '../../../shared/schemas/territory';
import type { OrgType } from '../../../shared/schemas/working-group';

export type CitySampleSlug = 'leninsky' | 'oktyabrsky' | 'pervomaisky';

/** One of the sample's seven places, in the order the survey generator weighs them. */
export type SamplePlace = [code: string, ru: string, ky: string, en: string];

export interface SampleDistrict {
  slug: CitySampleSlug;
  territory: TerritoryInput;
  /** Genitive forms for organisation names: «УВД Ленинского района». */
  of: { ru: string; ky: string; en: string };
  orderNumber: string;
  orderDate: string;
  /** name, organisation type, position ru, position ky, organisation ru, organisation ky */
  members: [string, OrgType, string, string, string, string][];
  /** Two markets, three housing estates, a school, a street (the survey generator's layout). */
  places: [
    SamplePlace,
    SamplePlace,
    SamplePlace,
    SamplePlace,
    SamplePlace,
    SamplePlace,
    SamplePlace,
  ];
  /** Questionnaires of the spring survey and the generator's seed. */
  survey: { count: number; seed: number };
  /** How much more (> 1) or less (< 1) often residents here name a problem than the base. */
  emphasis: Record<string, number>;
  /** Police categories: quarterly count at 2024-Q1 and change per quarter. */
  police: [code: string, base: number, slope: number][];
  /** The business that co-finances the plan and the residents who give in kind. */
  business: LocalizedText;
  residents: LocalizedText;
  /** Share of each activity done by the end of June (the monitoring figures differ by district). */
  pace: number;
}

const bishkek = { ru: 'город Бишкек', ky: 'Бишкек шаары', en: 'Bishkek city' };

function office(of: SampleDistrict['of'], head: string, headEn: string): TerritoryInput['office'] {
  return {
    officeName: {
      ru: `Муниципальная администрация мэрии города Бишкек по ${of.ru.replace('ого района', 'ому административному району')}`,
      ky: `Бишкек шаарынын мэриясынын ${of.ky} административдик району боюнча муниципалдык администрациясы`,
      en: `Municipal Administration of the Bishkek Mayor’s Office for ${of.en} District`,
    },
    headName: { ru: head, ky: head, en: headEn },
    headPosition: {
      ru: 'Глава администрации',
      ky: 'Администрациянын башчысы',
      en: 'Head of the Administration',
    },
  };
}

const LENINSKY_OF = { ru: 'Ленинского района', ky: 'Ленин', en: 'Leninsky' };
const OKTYABRSKY_OF = { ru: 'Октябрьского района', ky: 'Октябрь', en: 'Oktyabrsky' };
const PERVOMAISKY_OF = { ru: 'Первомайского района', ky: 'Биринчи май', en: 'Pervomaisky' };

/** The working group's usual members; each district adds its own schools, markets and NGOs. */
function commonMembers(
  of: SampleDistrict['of'],
  names: [string, string, string, string, string],
): SampleDistrict['members'] {
  return [
    [
      names[0],
      'district-administration',
      'Заместитель главы администрации',
      'Администрация башчысынын орун басары',
      `Администрация ${of.ru}`,
      `${of.ky} районунун администрациясы`,
    ],
    [
      names[1],
      'police',
      'Заместитель начальника УВД',
      'ИИБдин башчысынын орун басары',
      `УВД ${of.ru}`,
      `${of.ky} районунун ИИБи`,
    ],
    [
      names[2],
      'district-administration',
      'Ведущий специалист по социальным вопросам',
      'Социалдык маселелер боюнча алдыңкы адис',
      `Администрация ${of.ru}`,
      `${of.ky} районунун администрациясы`,
    ],
    [
      names[3],
      'city-council',
      'Депутат',
      'Депутат',
      'Бишкекский городской кенеш',
      'Бишкек шаардык кеңеши',
    ],
    [
      names[4],
      'womens-council',
      'Председатель',
      'Төрайым',
      `Совет женщин ${of.ru}`,
      `${of.ky} районунун аялдар кеңеши`,
    ],
  ];
}

export const CITY_SAMPLE_DISTRICTS: readonly SampleDistrict[] = [
  {
    slug: 'leninsky',
    territory: {
      name: { ru: 'Ленинский район', ky: 'Ленин району', en: 'Leninsky district' },
      kind: 'city-district',
      parent: bishkek,
      population: 298_400,
      office: office(LENINSKY_OF, 'Жумалиев Азамат Кубанычбекович', 'Azamat Zhumaliev'),
    },
    of: LENINSKY_OF,
    orderNumber: '47-р',
    orderDate: '2026-01-28',
    members: [
      ...commonMembers(LENINSKY_OF, [
        'Абдыраева Салтанат Муратовна',
        'Бейшеналиев Руслан Талантович',
        'Кудайбергенова Элмира Асылбековна',
        'Мамбетов Жыргалбек Токтогулович',
        'Шаршеева Гүлзат Эсенбековна',
      ]),
      [
        'Эрматов Бахтияр Рахматиллаевич',
        'business',
        'Директор по безопасности',
        'Коопсуздук боюнча директор',
        'Ошский рынок',
        'Ош базары',
      ],
      [
        'Ибраимова Айжан Кадырбековна',
        'school',
        'Директор',
        'Директор',
        'Школа-гимназия № 70',
        '№ 70 мектеп-гимназия',
      ],
      [
        'Сагынбаев Нурсултан Айбекович',
        'lcpc',
        'Руководитель',
        'Жетекчи',
        'ОПОП ж/м Ала-Тоо',
        'Ала-Тоо конушунун КТСП',
      ],
      [
        'Ли Наталья Викторовна',
        'civil-society',
        'Координатор',
        'Координатор',
        'ОФ «Лига защитников прав ребёнка»',
        '«Баланын укуктарын коргоочулар лигасы» КФ',
      ],
    ],
    places: [
      ['osh_bazaar', 'Ошский рынок', 'Ош базары', 'Osh bazaar'],
      ['bayat_market', 'Рынок «Баят»', '«Баят» базары', 'Bayat market'],
      ['ala_too', 'Ж/м Ала-Тоо', 'Ала-Тоо конушу', 'Ala-Too housing estate'],
      ['ak_bosogo', 'Ж/м Ак-Босого', 'Ак-Босого конушу', 'Ak-Bosogo housing estate'],
      ['ulan', 'Ж/м Улан', 'Улан конушу', 'Ulan housing estate'],
      ['school_70', 'Школа-гимназия № 70', '№ 70 мектеп-гимназия', 'School No. 70'],
      ['tolstoy', 'Улица Льва Толстого', 'Лев Толстой көчөсү', 'Lev Tolstoy street'],
    ],
    survey: { count: 420, seed: 20250311 },
    emphasis: { 'market-theft': 1.5, fraud: 1.4, 'drugs-alcohol': 1.2, 'dark-streets': 0.8 },
    police: [
      ['market-theft', 78, 2],
      ['fraud', 41, 3],
      ['burglary', 35, -1],
      ['street-robbery', 24, 0.5],
      ['drugs-alcohol', 22, 1],
      ['domestic-violence', 21, 1],
      ['road-safety', 39, -1],
      ['juvenile-delinquency', 10, 0],
    ],
    business: {
      ru: 'Ассоциация предпринимателей Ошского рынка',
      ky: 'Ош базарынын ишкерлер ассоциациясы',
      en: 'Osh bazaar traders’ association',
    },
    residents: {
      ru: 'Жители ж/м Ала-Тоо',
      ky: 'Ала-Тоо конушунун тургундары',
      en: 'Residents of Ala-Too',
    },
    pace: 0.55,
  },
  {
    slug: 'oktyabrsky',
    territory: {
      name: { ru: 'Октябрьский район', ky: 'Октябрь району', en: 'Oktyabrsky district' },
      kind: 'city-district',
      parent: bishkek,
      population: 276_900,
      office: office(OKTYABRSKY_OF, 'Токтоматов Эрлан Жумабекович', 'Erlan Toktomatov'),
    },
    of: OKTYABRSKY_OF,
    orderNumber: '18-р',
    orderDate: '2026-02-06',
    members: [
      ...commonMembers(OKTYABRSKY_OF, [
        'Касымова Динара Абдыкеримовна',
        'Орозалиев Канат Сейитбекович',
        'Жээнбекова Нуриза Аскаровна',
        'Карабаев Тилек Маратович',
        'Дооронбекова Айсулуу Бакытовна',
      ]),
      [
        'Асанов Мирлан Кубатбекович',
        'business',
        'Директор',
        'Директор',
        'Рынок «Ортосай»',
        '«Ортосай» базары',
      ],
      [
        'Белекова Чынара Жолдошбековна',
        'school',
        'Директор',
        'Директор',
        'Средняя школа № 67',
        '№ 67 орто мектеп',
      ],
      [
        'Турдубаев Азамат Эмилбекович',
        'youth-council',
        'Председатель',
        'Төрага',
        'Молодёжный совет Октябрьского района',
        'Октябрь районунун жаштар кеңеши',
      ],
      [
        'Сулайманова Жазгүл Токтосуновна',
        'health',
        'Главный врач',
        'Башкы дарыгер',
        'Центр семейной медицины № 10',
        '№ 10 үй-бүлөлүк медицина борбору',
      ],
    ],
    places: [
      ['ortosay_market', 'Рынок «Ортосай»', '«Ортосай» базары', 'Ortosay market'],
      ['kyzyl_asker', 'Рынок «Кызыл-Аскер»', '«Кызыл-Аскер» базары', 'Kyzyl-Asker market'],
      ['mkr_12', '12-й микрорайон', '12-кичи район', '12th micro-district'],
      ['asanbay', 'Мкр Асанбай', 'Асанбай кичи району', 'Asanbay micro-district'],
      ['kok_zhar', 'Ж/м Кок-Жар', 'Көк-Жар конушу', 'Kok-Zhar housing estate'],
      ['school_67', 'Школа № 67', '№ 67 мектеп', 'School No. 67'],
      ['akhunbaev', 'Улица Ахунбаева', 'Ахунбаев көчөсү', 'Akhunbaev street'],
    ],
    survey: { count: 400, seed: 20250318 },
    emphasis: {
      'road-safety': 1.6,
      'juvenile-delinquency': 1.6,
      burglary: 1.3,
      'market-theft': 0.6,
    },
    police: [
      ['road-safety', 57, 1.5],
      ['burglary', 44, 1],
      ['juvenile-delinquency', 19, 1],
      ['street-robbery', 18, 0],
      ['market-theft', 30, -0.5],
      ['fraud', 27, 2.5],
      ['domestic-violence', 23, 0.5],
      ['vehicle-theft', 14, -0.5],
    ],
    business: {
      ru: 'Предприниматели рынка «Ортосай»',
      ky: '«Ортосай» базарынын ишкерлери',
      en: 'Ortosay market traders',
    },
    residents: {
      ru: 'Жители 12-го микрорайона',
      ky: '12-кичи райондун тургундары',
      en: 'Residents of the 12th micro-district',
    },
    pace: 0.4,
  },
  {
    slug: 'pervomaisky',
    territory: {
      name: { ru: 'Первомайский район', ky: 'Биринчи май району', en: 'Pervomaisky district' },
      kind: 'city-district',
      parent: bishkek,
      population: 231_600,
      office: office(PERVOMAISKY_OF, 'Султаналиева Бермет Асановна', 'Bermet Sultanalieva'),
    },
    of: PERVOMAISKY_OF,
    orderNumber: '5-р',
    orderDate: '2026-01-19',
    members: [
      ...commonMembers(PERVOMAISKY_OF, [
        'Исмаилов Темирлан Бакытбекович',
        'Осмоналиев Данияр Урматович',
        'Абдрахманова Асель Нурлановна',
        'Чолпонбаева Мээрим Кубанычбековна',
        'Алымкулова Роза Токтомушевна',
      ]),
      [
        'Нургазиев Элдияр Сабырович',
        'business',
        'Заместитель директора',
        'Директордун орун басары',
        'Рынок «Мадина»',
        '«Мадина» базары',
      ],
      [
        'Мусаева Гүлнара Жумагуловна',
        'school',
        'Директор',
        'Директор',
        'Школа-гимназия № 5',
        '№ 5 мектеп-гимназия',
      ],
      [
        'Таштанбеков Улукбек Айдарович',
        'territorial-administration',
        'Руководитель',
        'Жетекчи',
        'Территориальное управление «Кара-Жыгач»',
        '«Кара-Жыгач» аймактык башкармалыгы',
      ],
      [
        'Рысбекова Айганыш Мелисовна',
        'civil-society',
        'Директор',
        'Директор',
        'ОО «Кризисный центр «Сезим»',
        '«Сезим» кризистик борбору КБ',
      ],
    ],
    places: [
      ['madina_market', 'Рынок «Мадина»', '«Мадина» базары', 'Madina market'],
      ['taatan_market', 'Рынок «Таатан»', '«Таатан» базары', 'Taatan market'],
      ['kara_zhygach', 'Ж/м Кара-Жыгач', 'Кара-Жыгач конушу', 'Kara-Zhygach housing estate'],
      ['bakay_ata', 'Ж/м Бакай-Ата', 'Бакай-Ата конушу', 'Bakay-Ata housing estate'],
      ['kyrman', 'Ж/м Кырман', 'Кырман конушу', 'Kyrman housing estate'],
      ['school_5', 'Школа-гимназия № 5', '№ 5 мектеп-гимназия', 'School No. 5'],
      ['fuchik', 'Улица Фучика', 'Фучик көчөсү', 'Fuchik street'],
    ],
    survey: { count: 380, seed: 20250325 },
    emphasis: {
      'domestic-violence': 1.8,
      burglary: 1.3,
      'stray-dogs': 1.4,
      fraud: 1.3,
      'road-safety': 0.7,
    },
    police: [
      ['domestic-violence', 34, 2],
      ['burglary', 38, 1.5],
      ['fraud', 33, 3],
      ['market-theft', 26, 0],
      ['street-robbery', 15, 0.5],
      ['road-safety', 28, -1],
      ['drugs-alcohol', 16, 0.5],
      ['street-fights', 12, 0],
    ],
    business: {
      ru: 'Предприниматели рынка «Мадина»',
      ky: '«Мадина» базарынын ишкерлери',
      en: 'Madina market traders',
    },
    residents: {
      ru: 'Жители ж/м Кара-Жыгач',
      ky: 'Кара-Жыгач конушунун тургундары',
      en: 'Residents of Kara-Zhygach',
    },
    pace: 0.7,
  },
];
