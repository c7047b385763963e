import { writeFileSync } from 'node:fs';
import { kaartJsonSchema } from './jsonSchema.js';
import { KAART_SCHEMA_FILE } from '../paths.js';

/** Regenerates knowledge/sociale-kaart.schema.json from the zod schema: `npm run kaart:schema`. */
writeFileSync(KAART_SCHEMA_FILE, `${JSON.stringify(kaartJsonSchema(), null, 2)}\n`);
console.log(`wrote ${KAART_SCHEMA_FILE}`);
