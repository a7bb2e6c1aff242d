/*
 * Every field of every stored record has a label in the three catalogues (or is one the change log
 * hides), so no entry's detail shows a property name. The fields are found by walking the zod
 * schemas themselves, not a list kept beside them.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SOURCES } from '../domain/budget';
import { resources } from '../i18n';
import { LANGUAGES } from '../languages';
import * as monitoring from '../schemas/monitoring';
import * as plan from '../schemas/plan';
import * as priorities from '../schemas/priorities';
import { settingSchemas } from '../schemas/settings';
import * as study from '../schemas/study';
import * as territory from '../schemas/territory';
import * as workingGroup from '../schemas/working-group';
import { HIDDEN_FIELDS } from './describe';

type Def = { type: string; shape?: Record<string, unknown>; options?: unknown[] } & Record<
  string,
  unknown
>;

/** The property names of a schema and of every schema inside it. */
function fieldNames(schema: unknown, out = new Set<string>(), seen = new Set<unknown>()) {
  if (!schema || seen.has(schema)) return out;
  seen.add(schema);
  const def = (schema as { _zod?: { def?: Def } })._zod?.def;
  if (!def) return out;
  if (def.type === 'object' && def.shape) {
    for (const [key, inner] of Object.entries(def.shape)) {
      out.add(key);
      fieldNames(inner, out, seen);
    }
  }
  for (const key of ['innerType', 'element', 'valueType', 'in', 'out'])
    fieldNames(def[key], out, seen);
  for (const option of def.options ?? []) fieldNames(option, out, seen);
  return out;
}

const schemas = [monitoring, plan, priorities, study, territory, workingGroup].flatMap((module) =>
  Object.values(module).filter((value) => value instanceof z.ZodType),
);
// Languages of a text and budget sources are labelled by their own words, not as fields.
const notFields = new Set<string>([...HIDDEN_FIELDS, 'ru', 'ky', 'en', ...SOURCES]);

describe('change log field labels', () => {
  it('the walk finds the fields of the records (it works)', () => {
    const names = fieldNames(plan.budgetLineSchema);
    expect(names).toContain('quantityMilli');
    expect(names).toContain('localBudget');
    expect(fieldNames(monitoring.expenditureSchema)).toContain('number');
  });

  it('every field of every record and every setting has a label in ru, ky and en', () => {
    const names = new Set<string>(Object.keys(settingSchemas));
    for (const schema of schemas) fieldNames(schema, names);
    const wanted = [...names].filter((name) => !notFields.has(name)).sort();
    expect(wanted.length).toBeGreaterThan(100);
    for (const lang of LANGUAGES) {
      const fields = (resources[lang].auditFields as { fields: Record<string, string> }).fields;
      expect(
        wanted.filter((name) => !fields[name]),
        lang,
      ).toEqual([]);
    }
  });
});
