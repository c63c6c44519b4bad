import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import InlineList from './InlineList';

/** Runbooks named in the exercise log, as links; an id with no runbook stays plain text. */
type RunbookLink = {id: string; title: string | null; route: string | null};

export default function RunbookLinks({links}: {links: RunbookLink[]}): ReactNode {
  const items = links.map((l) => ({key: l.id, node: l.route ? <Link to={l.route}>{l.title}</Link> : l.id}));
  return <InlineList items={items} />;
}
