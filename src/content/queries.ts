import {exercises, faqs, type Corpus, type ExerciseRecord, type FaqRecord} from './records';

// Questions about the corpus that generators, scripts and checks all ask; they live beside the model, not in a check.

/** Every code and the valid FAQ entries that home it: what the generators publish. */
export function codeHomes(corpus: Corpus): Map<string, FaqRecord[]> {
  const homes = new Map<string, FaqRecord[]>();
  for (const r of faqs(corpus)) {
    for (const code of r.data.error_codes) homes.set(code, [...(homes.get(code) ?? []), r]);
  }
  return homes;
}

/** The latest logged exercise naming each runbook id. */
export function latestExercises(corpus: Corpus): Map<string, ExerciseRecord> {
  const latest = new Map<string, ExerciseRecord>();
  for (const e of exercises(corpus)) {
    for (const id of e.data.runbooks) {
      const cur = latest.get(id);
      if (!cur || e.data.date > cur.data.date) latest.set(id, e);
    }
  }
  return latest;
}
