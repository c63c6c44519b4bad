import {contentError, type ContentError} from '../errors';
import type {SecretAllowlist} from '../schemas';

/** Token shapes that are never legitimate on a page; each named so the error says what was found. */
export const SECRET_PATTERNS: {name: string; re: RegExp}[] = [
  {name: 'a Vault token', re: /\bhv[sbr]\.[A-Za-z0-9_-]{20,}/g},
  {name: 'a GitHub token', re: /\bgh[pousr]_[A-Za-z0-9]{30,}/g},
  {name: 'a GitHub fine-grained token', re: /\bgithub_pat_[A-Za-z0-9_]{22,}/g},
  {name: 'an AWS access key id', re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g},
  {name: 'a Google API key', re: /\bAIza[0-9A-Za-z_-]{35}\b/g},
  {name: 'a Slack token', re: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g},
  {name: 'a private key', re: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/g},
  {name: 'a JSON Web Token', re: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g},
  {name: 'a GitLab token', re: /\bgl(?:pat|dt|rt|ptt|cbt|oas)-[A-Za-z0-9_-]{20,}/g},
  {
    name: 'a Slack webhook URL',
    re: /\bhooks\.slack\.com\/(?:services|workflows|triggers)\/T[A-Za-z0-9]+\/[A-Za-z0-9/]+/g,
  },
  // Placeholders in angle brackets (`<user>:<password>@`) and `user@host` without a password stay allowed.
  {
    name: 'a password in a URL',
    re: /\b[a-z][a-z0-9+.-]*:\/\/[^\s/?#:@<>"'`{}[\]]+:[^\s/?#@<>"'`{}[\]]+@[^\s/?#<>"'`]+/gi,
  },
  // The secret access key has no prefix of its own; only the name written next to it gives it away.
  {
    name: 'an AWS secret access key',
    re: /\b(?:aws_secret_access_key|aws_secret(?:_key)?|secretaccesskey)["']?\s*[=:]\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
  },
];

/** Characters that hide a token from a pattern but not from a reader copying it: zero-width and soft hyphen. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/g;
/** Named references a token could be spelled with; numeric ones cover the rest. */
const NAMED: Record<string, string> = {
  amp: '&',
  colon: ':',
  sol: '/',
  period: '.',
  lowbar: '_',
  hyphen: '-',
  dash: '-',
};

/** The line as a browser would show it: character references decoded, invisible characters gone. */
function asRead(line: string): string {
  return line
    .replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));?/gi, (whole, dec?: string, hex?: string, name?: string) => {
      if (name !== undefined) return NAMED[name.toLowerCase()] ?? whole;
      const code = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
      return code > 0 && code <= 0x10ffff && code !== 10 && code !== 13 ? String.fromCodePoint(code) : whole;
    })
    .replace(INVISIBLE, '');
}

/** Every token-shaped secret in a file's full text (frontmatter, prose and code blocks alike). */
export function checkSecrets(
  file: string,
  text: string,
  allow: SecretAllowlist['entries'],
  where = 'on a page',
): ContentError[] {
  const allowed = new Set(allow.filter((e) => e.file === file).map((e) => e.match));
  const errors: ContentError[] = [];
  // Line by line, so a decoded reference never moves a match to another line; every pattern fits on one line.
  const lines = text.split('\n');
  for (const {name, re} of SECRET_PATTERNS) {
    lines.forEach((raw, i) => {
      const line = asRead(raw);
      for (const m of line.matchAll(re)) {
        if (allowed.has(m[0])) continue;
        const shown = `${(m[1] ?? m[0]).slice(0, 8)}…`;
        const message = `expected no secrets ${where}, found ${name} (${shown})`;
        const fix =
          'revoke it now if it is real; write a placeholder like <token>, or add a reviewed fake to secret-allowlist.json';
        errors.push(contentError({file, line: i + 1, field: '(secret)', message, fix, rule: 'security/secret'}));
      }
    });
  }
  return errors;
}

/** Allow-list entries must still match something, so the list cannot grow into a blanket exception. */
export function checkAllowlistUsed(
  allow: SecretAllowlist['entries'],
  texts: Map<string, string>,
  listFile: string,
): ContentError[] {
  return allow.flatMap((e, i) =>
    texts.get(e.file)?.includes(e.match)
      ? []
      : [
          contentError({
            file: listFile,
            line: 1,
            field: `entries[${i}]`,
            message: `expected an entry that matches text in ${e.file}, found none`,
            fix: 'remove the stale entry',
            rule: 'security/secret',
          }),
        ],
  );
}
