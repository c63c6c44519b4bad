import React, {type ReactNode} from 'react';
import {Prism} from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import CodeBlock from '@theme-original/CodeBlock';
import type CodeBlockType from '@theme/CodeBlock';
import type {WrapperProps} from '@docusaurus/types';

// Languages are registered here, with the code block, rather than in a client module on every page
// (src/plugins/page-weight). Module scope: once per page load, before the first block renders.
prismIncludeLanguages(Prism);

export default function CodeBlockWrapper(props: WrapperProps<typeof CodeBlockType>): ReactNode {
  return <CodeBlock {...props} />;
}
