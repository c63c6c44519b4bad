import React, {type ReactNode} from 'react';

/** Items separated by commas, for code lists and runbook links in running text and table cells. */
export default function InlineList({items}: {items: {key: string; node: ReactNode}[]}): ReactNode {
  return items.map((item, i) => (
    <React.Fragment key={item.key}>
      {i ? ', ' : ''}
      {item.node}
    </React.Fragment>
  ));
}
