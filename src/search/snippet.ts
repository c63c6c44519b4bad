/** A short quote from a section around the matched words, as plain segments: the UI marks hits without HTML. */
import type {TextProcessor} from './text';

export interface Segment {
  text: string;
  hit: boolean;
}

const WORD_RE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function snippet(source: string, matched: ReadonlySet<string>, text: TextProcessor, maxChars = 180): Segment[] {
  const flat = source.replace(/\s+/g, ' ').trim();
  const words = [...flat.matchAll(WORD_RE)].map((m) => {
    const term = text.processTerm(m[0].replace(/['’]/g, ''));
    return {start: m.index, end: m.index + m[0].length, hit: term !== null && matched.has(term)};
  });
  // The window of maxChars holding the most hits; ties go to the earliest.
  let bestStart = 0;
  let bestCount = -1;
  for (let i = 0; i < words.length; i++) {
    if (!words[i].hit && i > 0) continue;
    let count = 0;
    for (let k = i; k < words.length && words[k].end - words[i].start <= maxChars; k++) if (words[k].hit) count++;
    if (count > bestCount) {
      bestCount = count;
      bestStart = words[i].start;
    }
  }
  // Start a few words before the first hit, so the quote reads as a sentence.
  let start = bestStart;
  const before = words.filter((w) => w.end <= bestStart).slice(-4);
  if (before.length && bestStart - before[0].start < 50) start = before[0].start;
  let end = Math.min(flat.length, start + maxChars);
  if (end < flat.length) {
    const lastSpace = flat.lastIndexOf(' ', end);
    if (lastSpace > start + maxChars / 2) end = lastSpace;
  }
  const segments: Segment[] = [];
  const push = (s: string, hit: boolean) => {
    if (!s) return;
    const last = segments[segments.length - 1];
    if (last && last.hit === hit) last.text += s;
    else segments.push({text: s, hit});
  };
  if (start > 0) push('… ', false);
  let pos = start;
  for (const w of words) {
    if (w.start < start || w.end > end) continue;
    if (!w.hit) continue;
    push(flat.slice(pos, w.start), false);
    push(flat.slice(w.start, w.end), true);
    pos = w.end;
  }
  push(flat.slice(pos, end), false);
  if (end < flat.length) push(' …', false);
  return segments;
}
