import React, {type ReactNode} from 'react';
import {useColorMode, useThemeConfig} from '@docusaurus/theme-common';
import ColorModeToggle from '@theme/ColorModeToggle';
import type {Props} from '@theme/Navbar/ColorModeToggle';

type Choice = 'light' | 'dark' | null;

/**
 * The stock navbar toggle cycles system → light → dark. When the system is light, the first click picks "light"
 * and nothing on the screen changes, so readers think the toggle is broken. A choice that would look the same as
 * now is skipped: every click changes the colours.
 */
export function nextVisibleChoice(next: Choice, shown: 'light' | 'dark', system: 'light' | 'dark'): Choice {
  const looks = (c: Choice) => c ?? system;
  if (looks(next) !== shown) return next;
  // The cycle after `next`; one step further always looks different from `shown`.
  return next === null ? 'light' : next === 'light' ? 'dark' : null;
}

export default function NavbarColorModeToggle({className}: Props): ReactNode {
  const {disableSwitch, respectPrefersColorScheme} = useThemeConfig().colorMode;
  const {colorMode, colorModeChoice, setColorMode} = useColorMode();
  if (disableSwitch) return null;
  return (
    <ColorModeToggle
      className={className}
      respectPrefersColorScheme={respectPrefersColorScheme}
      value={colorModeChoice}
      onChange={(next) => {
        const system = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
        setColorMode(respectPrefersColorScheme ? nextVisibleChoice(next, colorMode, system) : next);
      }}
    />
  );
}
