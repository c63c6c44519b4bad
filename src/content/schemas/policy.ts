import * as z from 'zod';
import {expected, plainLine, slug} from './common';

const HOST_RE = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;
const host = z
  .string({error: expected('a host name like "api.openai.internal" or "*.example.com"')})
  .regex(HOST_RE, expected('a host name like "api.openai.internal" or "*.example.com"'))
  .describe('Host name; a leading `*.` matches sub-domains');
const port = z.number().int().min(1).max(65535);

/** `/aibox/policy.yaml` in a project repository: a team policy, which can only tighten the org baseline. */
export const teamPolicySchema = z.strictObject({
  version: z.literal(1, {error: expected('version: 1')}).describe('Format version; always 1'),
  team: slug('a team').describe('Team slug that owns this policy'),
  network: z
    .strictObject({
      allow: z
        .array(
          z.strictObject({
            host,
            ports: z.array(port).min(1).default([443]).describe('Allowed ports (default 443)'),
            reason: plainLine('reason').describe('Why the team needs this destination'),
          }),
        )
        .default([])
        .describe('Destinations this team uses; each must also be allowed by the org baseline'),
      deny: z
        .array(z.strictObject({host, reason: plainLine('reason')}))
        .default([])
        .describe('Destinations blocked for this team even if the baseline allows them'),
    })
    .optional()
    .describe('Egress rules, applied by the proxy'),
  tools: z
    .strictObject({
      deny: z.array(slug('a tool rule id')).default([]).describe('Tool rule ids switched off for this team'),
    })
    .optional()
    .describe('Tool rules'),
  git: z
    .strictObject({
      push_requires_approval: z.boolean().default(true).describe('Pushes go to a staging ref until approved'),
    })
    .optional()
    .describe('Git push rules'),
  resources: z
    .strictObject({
      cpus: z.number().int().min(1).max(64).optional().describe('CPU cores for the sandbox'),
      memory_gb: z.number().int().min(4).max(256).optional().describe('Memory limit for the sandbox, in GB'),
    })
    .optional()
    .describe('Sandbox resource limits'),
});
export type TeamPolicy = z.infer<typeof teamPolicySchema>;
