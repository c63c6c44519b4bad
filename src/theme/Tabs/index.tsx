import React, {useEffect, type ReactNode} from 'react';
import Tabs from '@theme-original/Tabs';
import type TabsType from '@theme/Tabs';
import type {WrapperProps} from '@docusaurus/types';
import {createStorageSlot} from '@docusaurus/theme-common';

type Props = WrapperProps<typeof TabsType>;

const valuesOf = (children: ReactNode): string[] =>
  React.Children.toArray(children).flatMap((c) =>
    React.isValidElement<{value?: unknown}>(c) && typeof c.props.value === 'string' ? [c.props.value] : [],
  );

/**
 * Tabs with a group (`groupId="os"`) follow the query string of the same name: `?os=linux` opens the Linux tab
 * on every OS tab set of the page, and is remembered like a click, so the next page opens on Linux too.
 * Without JavaScript and in print every panel shows, each under its label (src/theme/TabItem, src/css/custom.css).
 */
export default function TabsWrapper(props: Props): ReactNode {
  const {groupId, children} = props;
  const queryString = props.queryString ?? Boolean(groupId);
  const key = typeof queryString === 'string' ? queryString : queryString ? groupId : undefined;
  useEffect(() => {
    if (!groupId || !key) return;
    const wanted = new URLSearchParams(window.location.search).get(key);
    // Docusaurus' own storage key for a group, so a click elsewhere and this agree.
    if (wanted && valuesOf(children).includes(wanted)) createStorageSlot(`docusaurus.tab.${groupId}`).set(wanted);
  }, [groupId, key, children]);
  return <Tabs {...props} queryString={queryString} />;
}
