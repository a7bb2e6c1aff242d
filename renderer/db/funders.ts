/* The global funder register (architecture A12): funders are shared by every territory. */
import { SOURCES } from '../../shared/domain/budget';
import {
  funderInputSchema,
  funderSchema,
  type Funder,
  type FunderInput,
} from '../../shared/schemas/plan';
import { getDb } from './database';
import {
  recordWriter,
  validate,
  ValidationError,
  writeTransaction,
  type WriteContext,
} from './repository';

const writer = recordWriter('funders', funderSchema);

/** Adds a funder to the register. */
export async function createFunder(input: FunderInput): Promise<Funder> {
  const parsed = validate(funderInputSchema, input);
  return writeTransaction(['funders'], (ctx) => writer.insert(ctx, parsed));
}

/** Adds a funder inside an open transaction (sample loading). */
export async function insertFunderIn(ctx: WriteContext, input: FunderInput): Promise<Funder> {
  return writer.insert(ctx, validate(funderInputSchema, input));
}

export async function updateFunder(id: string, input: FunderInput): Promise<Funder> {
  const parsed = validate(funderInputSchema, input);
  return writeTransaction(['funders'], (ctx) => writer.replace(ctx, id, parsed));
}

/** Deletes a funder no budget line names; one still named is refused with the reason. */
export async function deleteFunder(id: string): Promise<void> {
  await writeTransaction(['funders', 'budgetLines'], async (ctx) => {
    const used = await getDb()
      .budgetLines.filter((line) => SOURCES.some((s) => line.funderIds[s].includes(id)))
      .count();
    if (used > 0) throw new ValidationError([{ path: '', message: 'plan:errors.funderInUse' }]);
    await writer.remove(ctx, id);
  });
}
