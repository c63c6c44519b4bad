import {resolveEndpoint} from './content/feedback';

/**
 * Deployment settings, read from the environment so one checkout can be built for any host.
 * AIBOX_DOCS_SITE_URL: the public origin (the doctor map's "site" and every URL in it).
 * AIBOX_DOCS_EDIT_URL: where "Edit this page" points (the repository's edit URL, ending in /).
 */
export const DEFAULT_SITE_URL = 'https://aibox-docs.example.internal';
export const DEFAULT_EDIT_URL = 'https://git.aibox.internal/platform/aibox-docs/-/edit/main/';

/**
 * The site origin as every generator writes it: into runbook_url annotations that Prometheus expands as a Go
 * template, into JSON maps and into HTML. Only a bare http(s) origin passes, parsed with URL and compared with
 * what was typed, so a quote, a brace, a space, a path, credentials or a query cannot ride along.
 */
export function parseSiteUrl(value: string): string | undefined {
  const typed = value.trim().replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(typed);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  return url.origin === typed.toLowerCase() && !/["'{}<>\s\\`]/.test(typed) ? url.origin : undefined;
}

export class SiteUrlError extends Error {
  constructor(readonly found: string) {
    super(`expected the site as an http(s) origin like ${DEFAULT_SITE_URL}, found "${found}"`);
    this.name = 'SiteUrlError';
  }
}

/** The validated origin; throws SiteUrlError (one line, no stack in the CLIs) for anything else. */
export function requireSiteUrl(value: string): string {
  const site = parseSiteUrl(value);
  if (!site) throw new SiteUrlError(value);
  return site;
}

export const siteUrl = (env: NodeJS.ProcessEnv = process.env) =>
  requireSiteUrl(env.AIBOX_DOCS_SITE_URL || DEFAULT_SITE_URL);
export const editUrl = (env: NodeJS.ProcessEnv = process.env) => env.AIBOX_DOCS_EDIT_URL || DEFAULT_EDIT_URL;

/**
 * AIBOX_DOCS_FEEDBACK_URL: where "Was this page helpful?" posts (a path on this site or an absolute http(s) URL).
 * Unset: the collector this repository ships, behind the site's own nginx at /api/feedback. `off` (or `none`)
 * builds a site that records nothing: the widget says so and shows the `aibox feedback` command. The build also
 * writes the value to build/feedback-config.json, which a deployment may edit later without rebuilding.
 */
export const DEFAULT_FEEDBACK_URL = '/api/feedback';

export class FeedbackUrlError extends Error {
  constructor(readonly found: string) {
    super(
      `AIBOX_DOCS_FEEDBACK_URL: expected a path on this site like ${DEFAULT_FEEDBACK_URL}, an http(s) URL or off, found ${JSON.stringify(found)}`,
    );
    this.name = 'FeedbackUrlError';
  }
}

/**
 * Judged with the reader's own resolver against a stand-in origin: "/\host" and "/<tab>/host" look like paths
 * but the browser posts them to another host. Refusing here fails the build, where the widget would only go quiet.
 */
export function feedbackUrl(env: NodeJS.ProcessEnv = process.env): string {
  const value = env.AIBOX_DOCS_FEEDBACK_URL?.trim();
  if (value === undefined || value === '') return DEFAULT_FEEDBACK_URL;
  if (/^(off|none)$/i.test(value)) return '';
  if (!resolveEndpoint(value, 'https://site.invalid/')) throw new FeedbackUrlError(value);
  return value;
}
