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
];

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Every token-shaped secret in a file's full text (frontmatter, prose and code blocks alike). */
export function checkSecrets(file: string, text: string, allow: SecretAllowlist['entries']): ContentError[] {
  const allowed = new Set(allow.filter((e) => e.file === file).map((e) => e.match));
  const errors: ContentError[] = [];
  for (const {name, re} of SECRET_PATTERNS) {
    for (const m of text.matchAll(re)) {
      if (allowed.has(m[0])) continue;
      const shown = `${m[0].slice(0, 8)}…`;
      const message = `expected no secrets on a page, found ${name} (${shown})`;
      const fix =
        'revoke it now if it is real; write a placeholder like <token>, or add a reviewed fake to secret-allowlist.json';
      errors.push(
        contentError({file, line: lineAt(text, m.index), field: '(secret)', message, fix, rule: 'security/secret'}),
      );
    }
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
