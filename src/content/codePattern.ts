/**
 * The shape of an AI-Box error code, `AIBOX-<AREA>-<NNN>`: the one definition the schemas, the checks, the doctor
 * output reader and the search share. Client-safe: no imports, so the search can ship it to the browser.
 */
export const CODE_AREA = '[A-Z]{2,8}';
export const CODE_NUMBER = '[0-9]{3}';
export const CODE_SOURCE = `AIBOX-${CODE_AREA}-${CODE_NUMBER}`;

/** A whole string that is one well-formed code. */
export const ERROR_CODE_RE = new RegExp(`^${CODE_SOURCE}$`);

/** Every well-formed code in a text, in order, repeats included. */
export const codesIn = (text: string): string[] => text.match(new RegExp(CODE_SOURCE, 'g')) ?? [];
