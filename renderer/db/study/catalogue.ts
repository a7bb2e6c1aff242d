/* The clerk's changes to the global problem catalogue, and the territory's places. */
import { newProblemCode, STANDARD_PROBLEMS } from '../../../shared/domain/study/catalogue';
import {
  placeInputSchema,
  placeSchema,
  problemInputSchema,
  problemSchema,
  type Place,
  type PlaceInput,
  type ProblemInput,
} from '../../../shared/schemas/study';
import { getDb } from '../database';
import { recordWriter, validate, writeTransaction, type WriteContext } from '../repository';

const problems = recordWriter('problems', problemSchema);
const places = recordWriter('places', placeSchema);

/** Adds the clerk's own problem with a new stable code; returns the code. */
export async function addProblem(input: ProblemInput): Promise<string> {
  const parsed = validate(problemInputSchema, input);
  return writeTransaction(['problems'], async (ctx) => {
    const taken = new Set([
      ...STANDARD_PROBLEMS.map((p) => p.code),
      ...(await getDb().problems.toArray()).map((p) => p.code),
    ]);
    const code = newProblemCode(parsed.title, taken);
    await problems.insert(ctx, { ...parsed, code, retired: false, standard: false });
    return code;
  });
}

/** Renames, re-categorises or retires/restores a problem; the code (and so past data) stays. */
export async function updateProblem(
  code: string,
  patch: Partial<ProblemInput> & { retired?: boolean },
): Promise<void> {
  await writeTransaction(['problems'], async (ctx) => {
    const row = await getDb().problems.where('code').equals(code).first();
    if (row) {
      await problems.update(ctx, row.id, patch);
      return;
    }
    const standard = STANDARD_PROBLEMS.find((p) => p.code === code);
    if (!standard) throw new Error(`Unknown problem ${code}`);
    await problems.insert(ctx, {
      code,
      category: patch.category ?? standard.category,
      title: patch.title ?? standard.title,
      retired: patch.retired ?? false,
      standard: true,
    });
  });
}

/** Adds a place to the territory. */
export async function addPlace(territoryId: string, input: PlaceInput): Promise<Place> {
  const parsed = validate(placeInputSchema, input);
  return writeTransaction(['places'], (ctx) =>
    places.insert(ctx, { ...parsed, territoryId, retired: false }),
  );
}

/** Adds several places in an open transaction as one batch, with one audit entry (sample loading). */
export async function addPlacesIn(
  ctx: WriteContext,
  territoryId: string,
  inputs: readonly PlaceInput[],
): Promise<Place[]> {
  const parsed = inputs.map((input) => validate(placeInputSchema, input));
  const added = await places.insertMany(
    ctx,
    parsed.map((place) => ({ ...place, territoryId, retired: false })),
  );
  return added.records;
}

/** Changes a place; `retired` hides it from new questionnaires but keeps past answers. */
export async function updatePlace(
  id: string,
  patch: Partial<PlaceInput> & { retired?: boolean },
): Promise<void> {
  await writeTransaction(['places'], (ctx) => places.update(ctx, id, patch));
}

/**
 * Adds the places and problems an import proposes, all in ONE transaction (the clerk confirms
 * them once); returns the new places and the codes given to the problems, in order.
 */
export async function addCatalogueEntries(
  territoryId: string,
  entries: { places: PlaceInput[]; problems: ProblemInput[] },
): Promise<{ places: Place[]; problemCodes: string[] }> {
  return writeTransaction(['places', 'problems'], async () => {
    const added: Place[] = [];
    for (const place of entries.places) added.push(await addPlace(territoryId, place));
    const problemCodes: string[] = [];
    for (const problem of entries.problems) problemCodes.push(await addProblem(problem));
    return { places: added, problemCodes };
  });
}
