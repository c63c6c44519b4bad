import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {ThemeClassNames} from '@docusaurus/theme-common';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import Heading from '@theme/Heading';
import MDXContent from '@theme/MDXContent';
import PageMeta from '@site/src/components/PageMeta';
import {IncidentProvider} from '@site/src/components/IncidentMode';

/**
 * The stock DocItem content, plus the content model's card (runbook, FAQ, exercise) and freshness notice under
 * the title.
 */
export default function DocItemContent({children}: {children: ReactNode}): ReactNode {
  const {metadata, frontMatter, contentTitle} = useDoc();
  const syntheticTitle = !frontMatter.hide_title && typeof contentTitle === 'undefined' ? metadata.title : null;
  const file = metadata.source.replace(/^@site\//, '');
  return (
    <div className={clsx(ThemeClassNames.docs.docMarkdown, 'markdown')}>
      {syntheticTitle && (
        <header>
          <Heading as="h1">{syntheticTitle}</Heading>
        </header>
      )}
      <IncidentProvider file={file} title={metadata.title}>
        <PageMeta />
        <MDXContent>{children}</MDXContent>
      </IncidentProvider>
    </div>
  );
}
