/** Anything that looks like a code, including malformed ones, so a typo is reported rather than skipped. */
const CANDIDATE_RE = /\bAIBOX-[A-Za-z0-9]+-[A-Za-z0-9]+\b/gi;

export interface FoundCode {
  code: string;
  /** The check message that carried the code, when the input was `aibox doctor --json`. */
  message?: string;
}

/**
 * Codes in what `aibox doctor` printed, plain text or `--json`, in the order found, each once.
 * Case is normalised to upper case, as codes are upper case everywhere.
 */
export function codesInDoctorOutput(text: string): FoundCode[] {
  const seen = new Set<string>();
  const found: FoundCode[] = [];
  const add = (raw: string, message?: string) => {
    const code = raw.toUpperCase();
    if (seen.has(code)) return;
    seen.add(code);
    found.push(message ? {code, message} : {code});
  };
  const json = tryJson(text);
  if (json) {
    for (const check of json.checks) if (check.code) add(check.code, check.message);
    return found;
  }
  for (const m of text.matchAll(CANDIDATE_RE)) add(m[0]);
  return found;
}

function tryJson(text: string) {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return undefined;
  try {
    return checksOf(JSON.parse(trimmed));
  } catch {
    return undefined;
  }
}

/**
 * The checks of `aibox doctor --json` (doctorOutputSchema in schemas/maps.ts), read by hand: this runs in the
 * paste page, and the validator must not ship to browsers. Anything else is treated as plain text.
 */
function checksOf(value: unknown): {checks: {code?: string; message?: string}[]} | undefined {
  const checks = (value as {checks?: unknown} | null)?.checks;
  if (!Array.isArray(checks)) return undefined;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const ok = checks.every((c) => c && typeof c === 'object' && typeof (c as {name?: unknown}).name === 'string');
  if (!ok) return undefined;
  return {
    checks: checks.map((c: {code?: unknown; message?: unknown}) => ({code: str(c.code), message: str(c.message)})),
  };
}
