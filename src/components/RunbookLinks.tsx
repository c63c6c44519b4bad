import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useSiteData} from './useSiteData';
import InlineList from './InlineList';

/** Runbook ids, as named in the exercise log, shown as links to the runbooks. */
export default function RunbookLinks({ids}: {ids: string[]}): ReactNode {
  const {runbooks} = useSiteData();
  return (
    <InlineList
      items={ids.map((id) => {
        const r = runbooks.find((x) => x.id === id);
        return {key: id, node: r ? <Link to={r.route}>{r.title}</Link> : id};
      })}
    />
  );
}
