/*
 * The sample district's working group (Sverdlovsky district of Bishkek): 15 members across
 * organisation types (one of them has left), two meetings with minutes and decisions.
 * Deterministic content; written inside the sample's one transaction.
 */
import type { LocalizedText } from '../../../shared/schemas/localized-text';
import {
  decisionSchema,
  meetingSchema,
  memberSchema,
  workingGroupSchema,
  type OrgType,
} from '../../../shared/schemas/working-group';
import { recordWriter, type WriteContext } from '../../db/repository';
import type { SampleContributor } from '../sample/sample';

const groups = recordWriter('workingGroups', workingGroupSchema);
const members = recordWriter('members', memberSchema);
const meetings = recordWriter('meetings', meetingSchema);
const decisions = recordWriter('decisions', decisionSchema);

type Row = [
  name: string,
  orgType: OrgType,
  position: LocalizedText,
  organisation: LocalizedText,
  phone?: string,
];

const ADMIN = {
  ru: 'Администрация Свердловского района г. Бишкек',
  ky: 'Бишкек шаарынын Свердлов районунун администрациясы',
};
const COUNCIL = { ru: 'Бишкекский городской кенеш', ky: 'Бишкек шаардык кеңеши' };
const MEMBERS: Row[] = [
  [
    'Осмонова Айгүл Бакытовна',
    'district-administration',
    { ru: 'Заместитель главы администрации', ky: 'Администрация башчысынын орун басары' },
    ADMIN,
    '+996 312 54 12 01',
  ],
  [
    'Токтосунов Нурлан Маратович',
    'police',
    { ru: 'Заместитель начальника УВД', ky: 'ИИБдин башчысынын орун басары' },
    { ru: 'УВД Свердловского района', ky: 'Свердлов районунун ИИБи' },
    '+996 312 54 22 10',
  ],
  [
    'Исаева Мээрим Таалайбековна',
    'district-administration',
    {
      ru: 'Главный специалист по социальным вопросам',
      ky: 'Социалдык маселелер боюнча башкы адис',
    },
    ADMIN,
    '+996 555 21 43 65',
  ],
  ['Жумабеков Улан Асанбекович', 'city-council', { ru: 'Депутат', ky: 'Депутат' }, COUNCIL],
  ['Кадырова Назгүл Токтогуловна', 'city-council', { ru: 'Депутат', ky: 'Депутат' }, COUNCIL],
  [
    'Сыдыков Бакыт Жээнбекович',
    'territorial-administration',
    { ru: 'Руководитель', ky: 'Жетекчи' },
    { ru: 'Территориальное управление «Ак-Өргө»', ky: '«Ак-Өргө» аймактык башкармалыгы' },
  ],
  [
    'Мамытова Гүлмира Сагынбаевна',
    'lcpc',
    { ru: 'Руководитель', ky: 'Жетекчи' },
    { ru: 'ОПОП мкр Джал', ky: 'Жал кичи районунун коомдук тартипти сактоо пункту' },
    '+996 700 11 22 33',
  ],
  [
    'Абдыкадырова Жылдыз Кубанычбековна',
    'school',
    { ru: 'Директор', ky: 'Директор' },
    { ru: 'Средняя школа № 61', ky: '№ 61 орто мектеп' },
  ],
  [
    'Беков Эрмек Турсунович',
    'health',
    { ru: 'Главный врач', ky: 'Башкы дарыгер' },
    { ru: 'Центр семейной медицины № 6', ky: '№ 6 үй-бүлөлүк медицина борбору' },
  ],
  [
    'Асанова Чолпон Маратовна',
    'civil-society',
    { ru: 'Председатель', ky: 'Төрайым' },
    { ru: 'ОО «Гражданский союз»', ky: '«Жарандык союз» КБ' },
  ],
  [
    'Ким Сергей Владимирович',
    'business',
    { ru: 'Директор', ky: 'Директор' },
    { ru: 'Рынок «Аламедин»', ky: '«Аламүдүн» базары' },
  ],
  [
    'Төлөгөнов Азамат Бекболотович',
    'business',
    {
      ru: 'Заместитель директора по безопасности',
      ky: 'Коопсуздук боюнча директордун орун басары',
    },
    { ru: 'Рынок «Дордой»', ky: '«Дордой» базары' },
  ],
  [
    'Сатыбалдиева Айнура Кеңешовна',
    'womens-council',
    { ru: 'Председатель', ky: 'Төрайым' },
    { ru: 'Совет женщин Свердловского района', ky: 'Свердлов районунун аялдар кеңеши' },
  ],
  [
    'Орозбеков Тимур Эркинович',
    'youth-council',
    { ru: 'Председатель', ky: 'Төрага' },
    { ru: 'Молодёжный совет Свердловского района', ky: 'Свердлов районунун жаштар кеңеши' },
  ],
  [
    'Усенов Марат Жолдошевич',
    'lcpc',
    { ru: 'Участковый инспектор', ky: 'Участкалык инспектор' },
    { ru: 'ОПОП Ж/м Ак-Өргө', ky: 'Ак-Өргө турак жай массивинин КТСП' },
  ],
];

/** Adds the sample working group, members, two meetings and their decisions. */
async function addSampleGroup(ctx: WriteContext, territoryId: string): Promise<void> {
  const group = await groups.insert(ctx, {
    territoryId,
    name: {
      ru: 'Рабочая группа по профилактике правонарушений',
      ky: 'Укук бузууларды алдын алуу боюнча жумушчу топ',
    },
    orderNumber: '112-р',
    orderDate: '2026-02-02',
    orderIssuedBy: {
      ru: 'главы администрации Свердловского района',
      ky: 'Свердлов районунун администрациясынын башчысы',
    },
    chairId: undefined,
    deputyChairId: undefined,
    secretaryId: undefined,
  });
  const added = await members.insertMany(
    ctx,
    MEMBERS.map(([fullName, orgType, position, organisation, phone], index) => {
      const left = index === MEMBERS.length - 1;
      return {
        ...{ territoryId, groupId: group.id, fullName, orgType, position, organisation, phone },
        email: undefined,
        memberFrom: '2026-02-02',
        memberTo: left ? '2026-03-10' : undefined,
        active: !left,
      };
    }),
  );
  const ids = added.records.map((m) => m.id);
  await groups.update(ctx, group.id, {
    chairId: ids[0],
    deputyChairId: ids[1],
    secretaryId: ids[2],
  });

  const item = (
    ru: string,
    ky: string,
    heard: LocalizedText,
    decided: LocalizedText,
    spoke?: LocalizedText,
  ) => ({ id: crypto.randomUUID(), title: { ru, ky }, heard, decided, spoke });
  const first = await meetings.insert(ctx, {
    territoryId,
    groupId: group.id,
    number: '1',
    date: '2026-02-20',
    time: '10:00',
    place: {
      ru: 'Актовый зал администрации Свердловского района',
      ky: 'Свердлов районунун администрациясынын жыйындар залы',
    },
    agenda: [
      item(
        'Об организации работы рабочей группы',
        'Жумушчу топтун ишин уюштуруу жөнүндө',
        {
          ru: 'Осмонову А.Б. — о задачах рабочей группы и графике заседаний',
          ky: 'Осмонова А.Б. — жумушчу топтун милдеттери жана жыйындардын графиги жөнүндө',
        },
        {
          ru: 'Утвердить график заседаний на 2026 год.',
          ky: '2026-жылга жыйындардын графиги бекитилсин.',
        },
      ),
      item(
        'О проведении комплексного изучения проблем безопасности',
        'Коопсуздук көйгөйлөрүн комплекстүү изилдөө жөнүндө',
        {
          ru: 'Токтосунова Н.М. — о состоянии правопорядка в районе',
          ky: 'Токтосунов Н.М. — райондогу укук тартибинин абалы жөнүндө',
        },
        {
          ru: 'Провести опрос жителей в марте 2026 года.',
          ky: '2026-жылдын мартында тургундардын сурамжылоосу өткөрүлсүн.',
        },
        { ru: 'Мамытова Г.С., Асанова Ч.М.', ky: 'Мамытова Г.С., Асанова Ч.М.' },
      ),
    ],
    attendance: ids.map((memberId, i) => ({
      memberId,
      present: i !== 8,
      reason: i === 8 ? 'командировка' : undefined,
    })),
    guests: [{ name: 'Садырбаев Нурбек', position: 'консультант проекта UNODC' }],
  });
  const second = await meetings.insert(ctx, {
    territoryId,
    groupId: group.id,
    number: '2',
    date: '2026-04-15',
    time: '14:30',
    place: { ru: 'Конференц-зал рынка «Аламедин»', ky: '«Аламүдүн» базарынын конференц-залы' },
    agenda: [
      item(
        'О безопасности на рынках «Аламедин» и «Дордой»',
        '«Аламүдүн» жана «Дордой» базарларындагы коопсуздук жөнүндө',
        {
          ru: 'Ким С.В. — о кражах и мошенничестве на рынке',
          ky: 'Ким С.В. — базардагы уурулук жана алдамчылык жөнүндө',
        },
        { ru: 'Информацию принять к сведению.', ky: 'Маалымат эске алынсын.' },
        { ru: 'Төлөгөнов А.Б., Токтосунов Н.М.', ky: 'Төлөгөнов А.Б., Токтосунов Н.М.' },
      ),
    ],
    attendance: ids.slice(0, -1).map((memberId, i) => ({
      memberId,
      present: i !== 4 && i !== 9,
      reason: i === 4 ? 'болезнь' : undefined,
    })),
    guests: [],
  });
  const decide = (
    meetingId: string,
    agendaItemId: string | undefined,
    text: LocalizedText,
    responsibleMemberId: string | undefined,
    dueDate: string,
    status: 'open' | 'done',
  ) => ({
    ...{ territoryId, meetingId, agendaItemId, text, responsibleMemberId },
    responsibleOrganisation: undefined,
    dueDate,
    status,
  });
  await decisions.insertMany(ctx, [
    decide(
      first.id,
      first.agenda[1]?.id,
      { ru: 'Подготовить анкету опроса жителей', ky: 'Тургундарды сурамжылоо анкетасын даярдоо' },
      ids[6],
      '2026-03-01',
      'done',
    ),
    decide(
      first.id,
      first.agenda[1]?.id,
      {
        ru: 'Собрать данные УВД о правонарушениях за 2025 год',
        ky: '2025-жылдагы укук бузуулар боюнча ИИБдин маалыматтарын чогултуу',
      },
      ids[1],
      '2026-03-15',
      'done',
    ),
    decide(
      second.id,
      second.agenda[0]?.id,
      {
        ru: 'Установить видеокамеры у входов на рынок «Аламедин»',
        ky: '«Аламүдүн» базарынын кире беришине видеокамераларды орнотуу',
      },
      ids[10],
      '2026-06-30',
      'open',
    ),
    decide(
      second.id,
      second.agenda[0]?.id,
      {
        ru: 'Организовать совместное патрулирование на рынке «Дордой»',
        ky: '«Дордой» базарында биргелешкен күзөт уюштуруу',
      },
      ids[1],
      '2026-05-01',
      'open',
    ),
  ]);
}

export const contributeWorkingGroup: SampleContributor = {
  tables: ['workingGroups', 'members', 'meetings', 'decisions'],
  contribute: addSampleGroup,
};
