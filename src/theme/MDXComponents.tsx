import MDXComponents from '@theme-original/MDXComponents';
import RunbookStep from '@site/src/components/RunbookStep';

// `runbookstep` is the element src/remark/runbookSteps.ts turns every :::step block into.
export default {...MDXComponents, runbookstep: RunbookStep};
