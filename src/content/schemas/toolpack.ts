import * as z from 'zod';
import {expected, plainLine, slug} from './common';

const SEMVER_RE = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/;

/** `aibox-pack.yaml`: the manifest of a tool pack. */
export const toolPackSchema = z.strictObject({
  name: slug('a tool-pack name').describe('Tool-pack name, a slug such as `java-17`'),
  version: z
    .string()
    .regex(SEMVER_RE, expected('a semantic version like "1.4.0"'))
    .describe('Semantic version of the pack'),
  description: plainLine('description').describe('One line: what the pack provides'),
  maintainers: z.array(slug('a team')).min(1, expected('at least one maintaining team')).describe('Owning teams'),
  base_image: z
    .string()
    .regex(
      /^harbor\.aibox\.internal\/aibox\/[a-z0-9/_-]+(:[A-Za-z0-9._-]+|@sha256:[a-f0-9]{64})$/,
      expected('an image in harbor.aibox.internal/aibox/ with a tag or digest'),
    )
    .describe('Base image the pack builds on (from Harbor)'),
  install: z
    .strictObject({
      apt: z.array(z.string().min(1)).default([]).describe('Debian packages, installed through the Nexus apt proxy'),
      script: z.string().min(1).optional().describe('Script in the pack repository, run as root at image build'),
    })
    .describe('How the pack is installed at image build time'),
  env: z
    .record(z.string().regex(/^[A-Z_][A-Z0-9_]*$/), z.string())
    .default({})
    .describe('Environment variables set in the sandbox'),
  network: z
    .strictObject({
      requires: z.array(z.string().min(1)).default([]).describe('Hosts the pack needs; each must be allowed by policy'),
    })
    .optional()
    .describe('Network needs of the pack'),
  verify: z
    .array(z.string().min(1))
    .min(1, expected('at least one verify command'))
    .describe('Commands that must exit 0 in the built image'),
});
export type ToolPack = z.infer<typeof toolPackSchema>;
