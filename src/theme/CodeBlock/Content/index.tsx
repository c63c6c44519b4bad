import React, {type ComponentProps, type ReactNode} from 'react';
import clsx from 'clsx';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import {usePrismTheme} from '@docusaurus/theme-common';
import Line from '@theme/CodeBlock/Line';
import {linesFor, themeDict, tokenStyle, useBuildTokens, type Token} from './tokens';
import styles from './styles.module.css';

/**
 * The classic theme's code block body, without Prism in the browser: tokens come from the build
 * (src/remark/codeTokens.ts) and are coloured with the site's Prism theme, light or dark, as before.
 * Same markup and class names as the original (theme-classic CodeBlock/Content), so its styles apply.
 */
export default function CodeBlockContent({className: classNameProp}: {className?: string}): ReactNode {
  const {metadata, wordWrap} = useCodeBlockContext();
  const theme = usePrismTheme();
  const built = useBuildTokens();
  const {code, language, lineNumbersStart, lineClassNames} = metadata;
  const dict = themeDict(theme, language);
  const lines = linesFor(code, built);
  const getLineProps = ({
    className,
    style,
    line: _line,
    ...rest
  }: {
    line: Token[];
    className?: string;
    style?: React.CSSProperties;
  }) => ({
    ...rest,
    className: clsx('token-line', className),
    style: {...dict.plain, ...style},
  });
  const getTokenProps = ({
    token,
    className,
    style,
    ...rest
  }: {
    token: Token;
    className?: string;
    style?: React.CSSProperties;
  }) => ({
    ...rest,
    className: clsx('token', ...token.types, className),
    children: token.content,
    style: style ? {...tokenStyle(dict, token), ...style} : tokenStyle(dict, token),
  });
  return (
    <pre
      ref={wordWrap.codeBlockRef as React.Ref<HTMLPreElement>}
      // A scrollable code block must be reachable by keyboard (axe: scrollable-region-focusable).
      tabIndex={0}
      className={clsx(classNameProp, `prism-code language-${language}`, styles.codeBlock, 'thin-scrollbar')}
      style={dict.root}
    >
      <code
        className={clsx(styles.codeBlockLines, lineNumbersStart !== undefined && styles.codeBlockLinesWithNumbering)}
        style={{counterReset: lineNumbersStart === undefined ? undefined : `line-count ${lineNumbersStart - 1}`}}
      >
        {lines.map((line, i) => (
          <Line
            key={i}
            line={line}
            getLineProps={getLineProps as ComponentProps<typeof Line>['getLineProps']}
            getTokenProps={getTokenProps as ComponentProps<typeof Line>['getTokenProps']}
            classNames={lineClassNames[i]}
            showLineNumbers={lineNumbersStart !== undefined}
          />
        ))}
      </code>
    </pre>
  );
}
