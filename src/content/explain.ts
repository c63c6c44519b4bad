import {doctorMapSchema} from './schemas';
import {ERROR_CODE_RE} from './codePattern';

/** What `aibox doctor --explain CODE` prints, from a map alone. */
export function explainCode(mapInput: unknown, rawCode: string): {ok: boolean; text: string} {
  const parsed = doctorMapSchema.safeParse(mapInput);
  if (!parsed.success) return {ok: false, text: 'the map is not a valid doctor/links.v1.json'};
  const code = rawCode.trim().toUpperCase();
  if (!ERROR_CODE_RE.test(code)) {
    return {ok: false, text: `"${rawCode}" is not an error code: expected AIBOX-<AREA>-<NNN>, like AIBOX-NET-001`};
  }
  const entry = parsed.data.codes.find((c) => c.code === code);
  if (!entry) {
    return {
      ok: false,
      text: `${code} is not a published code. See the error index: ${parsed.data.site}/docs/reference/error-index`,
    };
  }
  const retired = entry.status === 'retired' ? ' (retired: current CLIs no longer print it)' : '';
  return {ok: true, text: `${entry.code}  ${entry.title}${retired}\n${entry.summary}\n${entry.permalink}`};
}
