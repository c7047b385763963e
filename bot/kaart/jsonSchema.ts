import { z } from 'zod';
import { socialeKaartSchema } from './schema.js';

/** The JSON Schema a coordinator's editor uses to validate and autocomplete the kaart. */
export function kaartJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(socialeKaartSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://wegwijzer.example/sociale-kaart.schema.json',
    title: 'Sociale kaart (Wegwijzer)',
  };
}
