/*
 * Survey responses summed into cells by respondent group × gender × age group × place. A study's
 * cube is small (bounded by the number of combinations, not of responses) and is kept up to date
 * inside the same transactions as imports and edits, so the analysis never re-reads responses.
 * Every analysis figure is computed from cells; `cubeFromResponses` builds the same cube from
 * records (tests, repair).
 */
import type { SurveyAnswers } from '../../schemas/study';

export const DIMENSIONS = ['respondentGroup', 'gender', 'ageGroup', 'placeId'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
/** The value of a dimension; '' means "not stated". */
export type DimensionValues = Record<Dimension, string>;

/** Sums over the responses of one cell. */
export interface CellStats {
  /** Respondents (the denominator of every share). */
  n: number;
  /** Respondents naming each problem. */
  named: Record<string, number>;
  /** Sum and count of concern answers per problem. */
  concernSum: Record<string, number>;
  concernN: Record<string, number>;
  safeDaySum: number;
  safeDayN: number;
  safeNightSum: number;
  safeNightN: number;
  trustSum: number;
  trustN: number;
  /** Respondents who answered the victim question, were victims, and of those reported it. */
  victimAnswered: number;
  victims: number;
  reported: number;
}

export interface StudyCube {
  cells: Record<string, CellStats>;
}

export function emptyCell(): CellStats {
  return {
    n: 0,
    named: {},
    concernSum: {},
    concernN: {},
    safeDaySum: 0,
    safeDayN: 0,
    safeNightSum: 0,
    safeNightN: 0,
    trustSum: 0,
    trustN: 0,
    victimAnswered: 0,
    victims: 0,
    reported: 0,
  };
}

export function emptyCube(): StudyCube {
  return { cells: {} };
}

/** The dimension values of a response. */
export function dimensionsOf(answers: SurveyAnswers): DimensionValues {
  return {
    respondentGroup: answers.respondentGroup ?? '',
    gender: answers.gender ?? '',
    ageGroup: answers.ageGroup ?? '',
    placeId: answers.placeId ?? '',
  };
}

/** The cell key of dimension values. */
export function cellKey(values: DimensionValues): string {
  return DIMENSIONS.map((dim) => values[dim]).join('|');
}

/** Dimension values from a cell key. */
export function parseCellKey(key: string): DimensionValues {
  const parts = key.split('|');
  return {
    respondentGroup: parts[0] ?? '',
    gender: parts[1] ?? '',
    ageGroup: parts[2] ?? '',
    placeId: parts[3] ?? '',
  };
}

function bump(map: Record<string, number>, key: string, by: number): void {
  const value = (map[key] ?? 0) + by;
  if (value === 0) delete map[key];
  else map[key] = value;
}

/** Adds (sign 1) or removes (sign −1) one response; mutates the cube. */
export function applyResponse(cube: StudyCube, answers: SurveyAnswers, sign: 1 | -1): void {
  const key = cellKey(dimensionsOf(answers));
  const cell = (cube.cells[key] ??= emptyCell());
  cell.n += sign;
  for (const problem of answers.problems) {
    bump(cell.named, problem.code, sign);
    if (problem.concern !== undefined) {
      bump(cell.concernSum, problem.code, sign * problem.concern);
      bump(cell.concernN, problem.code, sign);
    }
  }
  if (answers.safeDay !== undefined) {
    cell.safeDaySum += sign * answers.safeDay;
    cell.safeDayN += sign;
  }
  if (answers.safeNight !== undefined) {
    cell.safeNightSum += sign * answers.safeNight;
    cell.safeNightN += sign;
  }
  if (answers.trustPolice !== undefined) {
    cell.trustSum += sign * answers.trustPolice;
    cell.trustN += sign;
  }
  if (answers.victim !== undefined) {
    cell.victimAnswered += sign;
    if (answers.victim) {
      cell.victims += sign;
      if (answers.reported) cell.reported += sign;
    }
  }
  if (cell.n <= 0) delete cube.cells[key];
}

/** The cube of a list of responses (the reference the kept-up-to-date cube must equal). */
export function cubeFromResponses(responses: Iterable<SurveyAnswers>): StudyCube {
  const cube = emptyCube();
  for (const response of responses) applyResponse(cube, response, 1);
  return cube;
}

/** Adds cell `b` into cell `a` (mutates `a`). */
export function addCell(a: CellStats, b: CellStats): CellStats {
  a.n += b.n;
  for (const [code, v] of Object.entries(b.named)) a.named[code] = (a.named[code] ?? 0) + v;
  for (const [code, v] of Object.entries(b.concernSum))
    a.concernSum[code] = (a.concernSum[code] ?? 0) + v;
  for (const [code, v] of Object.entries(b.concernN))
    a.concernN[code] = (a.concernN[code] ?? 0) + v;
  a.safeDaySum += b.safeDaySum;
  a.safeDayN += b.safeDayN;
  a.safeNightSum += b.safeNightSum;
  a.safeNightN += b.safeNightN;
  a.trustSum += b.trustSum;
  a.trustN += b.trustN;
  a.victimAnswered += b.victimAnswered;
  a.victims += b.victims;
  a.reported += b.reported;
  return a;
}

/** Which values of each dimension to keep; a missing dimension keeps all. '' selects "not stated". */
export type CubeFilter = Partial<Record<Dimension, readonly string[]>>;

/** The cells that pass the filter, with their dimension values. */
export function selectCells(
  cube: StudyCube,
  filter: CubeFilter = {},
): { values: DimensionValues; stats: CellStats }[] {
  const out: { values: DimensionValues; stats: CellStats }[] = [];
  for (const [key, stats] of Object.entries(cube.cells)) {
    const values = parseCellKey(key);
    if (DIMENSIONS.every((dim) => !filter[dim] || filter[dim].includes(values[dim])))
      out.push({ values, stats });
  }
  return out;
}

/** The sum of the cells that pass the filter. */
export function totalOf(cube: StudyCube, filter: CubeFilter = {}): CellStats {
  const total = emptyCell();
  for (const { stats } of selectCells(cube, filter)) addCell(total, stats);
  return total;
}
