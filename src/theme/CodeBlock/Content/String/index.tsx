import React, {type ReactNode} from 'react';
import CodeBlockString from '@theme-original/CodeBlock/Content/String';
import type CodeBlockStringType from '@theme/CodeBlock/Content/String';
import type {WrapperProps} from '@docusaurus/types';
import {BuildTokensContext, parseTokens} from '../tokens';

type Props = WrapperProps<typeof CodeBlockStringType> & {tokens?: string};

/** The stock string code block, with the build-time tokens its markdown carried (src/remark/codeTokens.ts). */
export default function CodeBlockStringWrapper({tokens, ...props}: Props): ReactNode {
  return (
    <BuildTokensContext.Provider value={parseTokens(tokens)}>
      <CodeBlockString {...props} />
    </BuildTokensContext.Provider>
  );
}
