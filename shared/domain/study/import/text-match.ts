/*
 * Tolerant comparison of question and choice labels written by other people: case, punctuation,
 * ё/е, Kyrgyz ң ө ү, word order, word endings and a few synonyms do not matter.
 */

/** Lower case, ё→е, ң→н, ө→о, ү→у, every run of non-letters/digits one space. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/ң/g, 'н')
    .replace(/ө/g, 'о')
    .replace(/ү/g, 'у')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const STOP = new Set(
  'в во на и или а по с со к ко от до за из у о об для ли не вы вас ваш ваша ваше вам ли бы же это то как какие какой каких сколько насколько вы я мы жана же менен үчүн учун сиз сизди сиздин сизге the a an of in on at to and or for you your do does is are how what which'.split(
    ' ',
  ),
);

/** Words meaning the same thing, folded to one stem. */
const SYNONYMS: [RegExp, string][] = [
  [/^(милиц|полиц|police|милиция)/, 'police'],
  [/^(кражи|краж|воров|уурд|уурул|theft|steal|кража)/, 'theft'],
  [/^(рын|базар|market)/, 'market'],
  [/^(нарко|drug|баңги|банги)/, 'drug'],
  [/^(алкогол|пьян|спирт|ичкил|alcohol)/, 'alcohol'],
  [/^(улиц|кочо|street)/, 'street'],
  [/^(освещ|фонар|темн|жарык|light|dark)/, 'dark'],
  [/^(мошен|алдамч|fraud)/, 'fraud'],
  [/^(дет[иейс]|детск|балдар|бала$|child|ребен)/, 'child'],
  [/^(собак|ит$|иттер|dog)/, 'dog'],
  [/^(драк|мушт|fight|хулиган|бейбашт)/, 'fight'],
  [/^(дорог|жол|road|дтп|traffic)/, 'road'],
  [/^(насил|зомбул|violen)/, 'violence'],
  [/^(безопас|коопсуз|safe)/, 'safe'],
];

const ENDINGS =
  /(иями|ями|ами|ого|его|ому|ему|ыми|ими|ость|ости|ться|ется|ают|яют|ала|ила|ыла|али|или|ой|ей|ый|ий|ая|яя|ое|ее|ые|ие|ов|ев|ах|ях|ам|ям|ом|ем|ию|ью|ия|ья|ии|лар|лер|дар|дер|тар|тер|нын|нин|дын|дин|а|я|о|е|ы|и|у|ю|ь|й|s)$/;

/** One word's stem: a synonym's canonical form, else the word without its ending, at most 6 letters. */
export function stem(word: string): string {
  for (const [pattern, canonical] of SYNONYMS) if (pattern.test(word)) return canonical;
  if (/^\d+$/.test(word)) return word;
  const bare = word.length > 4 ? word.replace(ENDINGS, '') : word;
  return (bare.length >= 3 ? bare : word).slice(0, 6);
}

/** The set of meaningful stems of a text (stop words left out). */
export function stems(text: string): Set<string> {
  const result = new Set<string>();
  for (const word of fold(text).split(' ')) if (word && !STOP.has(word)) result.add(stem(word));
  return result;
}

/** Dice similarity of two texts' stem sets, 0…1 (1 = the same words in any order and form). */
export function similarity(a: string, b: string): number {
  const x = stems(a);
  const y = stems(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const s of x) if (y.has(s)) common += 1;
  return (2 * common) / (x.size + y.size);
}

/** The best match of `text` among candidates scoring at least `min`; ties give no match. */
export function bestMatch<T>(
  text: string,
  candidates: readonly { key: T; texts: readonly string[] }[],
  min = 0.6,
): T | undefined {
  // The best single text decides; the mean over a candidate's texts breaks ties.
  let best: T | undefined;
  let score: [number, number] = [min, -1];
  let tie = false;
  for (const candidate of candidates) {
    const all = candidate.texts.map((t) => similarity(text, t));
    const s: [number, number] = [
      Math.max(0, ...all),
      all.reduce((a, b) => a + b, 0) / (all.length || 1),
    ];
    if (s[0] < min) continue;
    if (s[0] > score[0] || (s[0] === score[0] && s[1] > score[1]))
      [best, score, tie] = [candidate.key, s, false];
    else if (s[0] === score[0] && s[1] === score[1] && candidate.key !== best) tie = true;
  }
  return tie ? undefined : best;
}
