/*
 * Import batch records: written validated, without an audit entry of their own (the batch's one
 * entry, recordId = batch id, says what it holds), and undone as one.
 */
import { applyResponse } from '../../../shared/domain/study/cube';
import { chunkResponses } from '../../../shared/domain/study/response-chunk';
import { importBatchSchema, type ImportBatch } from '../../../shared/schemas/study';
import { getDb } from '../database';
import { audit, NotFoundError, nowInstant, validate, writeTransaction } from '../repository';
import { studyResponses } from './responses';
import { cubeRow, RESPONSE_TABLES, saveCube } from './study-cube';

/** Stores a new batch record, validated; call inside the import's transaction. */
export async function addBatchRecord(batch: ImportBatch): Promise<void> {
  await getDb().importBatches.add(validate(importBatchSchema, batch));
}

/**
 * Removes every response of an import batch in one transaction, with ONE audit entry for the
 * batch; returns how many: the batch's chunks (schema v12), and the records carrying the batch id
 * (edited ones, or stored before v12) in the batch's range of running numbers (a batch stored
 * before schema v7 has none: then the study's whole range is read).
 */
export async function undoImport(batchId: string): Promise<number> {
  return writeTransaction([...RESPONSE_TABLES, 'responseChunks', 'importBatches'], async (ctx) => {
    const db = getDb();
    const batch = await db.importBatches.get(batchId);
    if (!batch) throw new NotFoundError('importBatches', batchId);
    if (batch.undone) return 0;
    const hasRange = batch.firstNumber !== undefined && batch.lastNumber !== undefined;
    // Edited responses of the batch are records of their own; the others sit in its chunks.
    const [records, chunks] = await Promise.all([
      studyResponses(
        batch.territoryId,
        batch.studyId,
        hasRange ? batch.firstNumber : undefined,
        hasRange ? batch.lastNumber : undefined,
      ).toArray(),
      db.responseChunks.where('batchId').equals(batchId).toArray(),
    ]);
    const own = records.filter((r) => r.batchId === batchId);
    const removed = [...own, ...chunks.flatMap(chunkResponses)];
    const row = await cubeRow(batch.studyId);
    for (const r of removed) applyResponse(row.cube, r, -1);
    await db.surveyResponses.bulkDelete(own.map((r) => r.id));
    await db.responseChunks.bulkDelete(chunks.map((c) => c.id));
    await audit(
      { ...ctx, batchId: `undo:${batchId}` },
      {
        table: 'surveyResponses',
        recordId: batchId,
        action: 'delete',
        territoryId: batch.territoryId,
        before: { studyId: batch.studyId, fileName: batch.fileName, count: removed.length },
      },
    );
    await saveCube({ ...row, count: row.count - removed.length });
    const undone = { ...batch, undone: true, updatedAt: nowInstant() };
    await db.importBatches.put(validate(importBatchSchema, undone));
    return removed.length;
  });
}
