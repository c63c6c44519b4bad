import React, {type ReactNode} from 'react';
import {useSiteData} from './useSiteData';
import RunbookCard from './RunbookCard';
import FaqMeta from './FaqMeta';
import ExerciseCard from './ExerciseCard';
import FreshnessNotice from './FreshnessNotice';

/** What the content model knows about the current page, shown under its title. */
export default function PageMeta({file}: {file: string}): ReactNode {
  const data = useSiteData();
  const runbook = data.runbooks.find((r) => r.file === file);
  const faq = data.faqs.find((f) => f.file === file);
  const exercise = data.exercises.find((e) => e.file === file);
  return (
    <>
      <FreshnessNotice items={data.freshness[file] ?? []} />
      {runbook && <RunbookCard runbook={runbook} />}
      {faq && <FaqMeta faq={faq} />}
      {exercise && <ExerciseCard exercise={exercise} />}
    </>
  );
}
