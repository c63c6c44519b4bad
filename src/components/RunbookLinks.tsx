import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import InlineList from './InlineList';

/** Runbooks named in the exercise log, as links; an id with no runbook stays plain text. */
export default function RunbookLinks({links}: {links: {id: string; title: string | null; route: string | null}[]}): ReactNode {
  return <InlineList items={links.map((l) => ({key: l.id, node: l.route ? <Link to={l.route}>{l.title}</Link> : l.id}))} />;
}
