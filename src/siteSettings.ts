/**
 * Deployment settings, read from the environment so one checkout can be built for any host.
 * AIBOX_DOCS_SITE_URL: the public origin (the doctor map's "site" and every URL in it).
 * AIBOX_DOCS_EDIT_URL: where "Edit this page" points (the repository's edit URL, ending in /).
 */
export const DEFAULT_SITE_URL = 'https://aibox-docs.example.internal';
export const DEFAULT_EDIT_URL = 'https://git.aibox.internal/platform/aibox-docs/-/edit/main/';

export const siteUrl = (env: NodeJS.ProcessEnv = process.env) =>
  (env.AIBOX_DOCS_SITE_URL || DEFAULT_SITE_URL).replace(/\/+$/, '');
export const editUrl = (env: NodeJS.ProcessEnv = process.env) => env.AIBOX_DOCS_EDIT_URL || DEFAULT_EDIT_URL;

/**
 * AIBOX_DOCS_FEEDBACK_URL: where "Was this page helpful?" posts (a path on this site or an absolute http(s) URL).
 * Unset: the widget sends nothing and shows the `aibox feedback` command. The build also writes the value to
 * build/feedback-config.json, which a deployment may edit later without rebuilding.
 */
export const feedbackUrl = (env: NodeJS.ProcessEnv = process.env) => env.AIBOX_DOCS_FEEDBACK_URL?.trim() || '';
