import React, {type ReactNode} from 'react';
import TabItem from '@theme-original/TabItem';
import type TabItemType from '@theme/TabItem';
import type {WrapperProps} from '@docusaurus/types';

type Props = WrapperProps<typeof TabItemType>;

/**
 * Each panel carries its tab's label, shown only where the tab strip is not (JavaScript off, print), so a panel
 * read on its own still says which OS or IDE it is for.
 */
export default function TabItemWrapper(props: Props): ReactNode {
  return (
    <TabItem {...props}>
      <p className="tab-panel__label">{props.label ?? props.value}</p>
      {props.children}
    </TabItem>
  );
}
