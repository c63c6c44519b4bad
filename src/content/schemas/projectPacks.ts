import * as z from 'zod';
import {expected, slug} from './common';

/** `/aibox/packs.yaml` in a project repository: which tool packs the project's sandbox gets. */
export const projectPacksSchema = z.strictObject({
  version: z.literal(1, {error: expected('version: 1')}).describe('Format version; always 1'),
  packs: z
    .array(
      z.strictObject({
        name: slug('a tool-pack name').describe('Tool-pack name, as in its aibox-pack.yaml'),
        version: z
          .string()
          .regex(
            /^(stable|champions|(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*))$/,
            expected('"stable", "champions" or an exact version like "1.4.1"'),
          )
          .default('stable')
          .describe('Channel or exact version (default stable)'),
      }),
    )
    .min(1, expected('at least one pack'))
    .describe('Packs layered on the base image, in order'),
});
export type ProjectPacks = z.infer<typeof projectPacksSchema>;
