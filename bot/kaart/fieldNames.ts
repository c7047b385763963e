import { z } from 'zod';
import { socialeKaartSchema } from './schema.js';

/** Every field name the kaart knows, for "bedoel je ...?" hints on a misspelt field. */
export const KAART_FIELD_NAMES: ReadonlySet<string> = collectFieldNames(socialeKaartSchema);

function collectFieldNames(schema: z.core.$ZodType, names = new Set<string>()): Set<string> {
  const definition = schema._zod.def;
  if (definition.type === 'object' && schema instanceof z.ZodObject) {
    for (const [name, field] of Object.entries(schema.shape)) {
      names.add(name);
      collectFieldNames(field, names);
    }
  } else if (schema instanceof z.ZodArray) {
    collectFieldNames(schema.element, names);
  } else if (
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodDefault ||
    schema instanceof z.ZodNullable
  ) {
    collectFieldNames(schema.unwrap(), names);
  }
  return names;
}
