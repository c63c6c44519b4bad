import * as z from 'zod';
import {alertMapSchema, doctorMapSchema, projectPacksSchema, teamPolicySchema, toolPackSchema} from '../schemas';

/** JSON Schemas published beside the maps and used for the reference tables: all derived from the zod schemas. */
export const jsonSchemaOf = (schema: z.ZodType) => z.toJSONSchema(schema, {target: 'draft-2020-12', io: 'input'});

export const doctorMapJsonSchema = () => jsonSchemaOf(doctorMapSchema);
export const alertMapJsonSchema = () => jsonSchemaOf(alertMapSchema);
export const referenceSchemas = () => ({
  toolPack: jsonSchemaOf(toolPackSchema),
  teamPolicy: jsonSchemaOf(teamPolicySchema),
  projectPacks: jsonSchemaOf(projectPacksSchema),
});
