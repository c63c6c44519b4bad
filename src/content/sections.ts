/**
 * Build time only: splits a parsed page into the sections a result can link to. A section starts at every `##`
 * heading and at every runbook step; its anchor is the id Docusaurus gives that heading (same slugger, same order),
 * so `route#anchor` lands on it. Text before the first `##` is the page's intro, anchored at the top.
 */
import {toString} from 'mdast-util-to-string';
import type {Heading, Root, RootContent} from 'mdast';
import {isStepHeading, numberSteps} from './steps';
import {createAnchorer} from './anchors';
import {FACT_DIRECTIVE, factValue} from './facts';

export interface PageSection {
  heading: string;
  anchor: string;
  text: string;
}

/** Components that render a generated list of other pages: a page using one is a hub. */
export const HUB_COMPONENTS = new Set(['ErrorIndex', 'TroubleshootingIndex', 'ExerciseLog', 'RunbooksTable']);

const SKIP = new Set(['yaml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html', 'definition']);

type AnyNode = RootContent | Root;

export function pageSections(tree: Root): {sections: PageSection[]; usesHubComponent: boolean} {
  // Steps get their `### Step N: …` headings exactly as the site's remark plugin makes them.
  const copy = structuredClone(tree);
  numberSteps(copy);
  const anchorOf = createAnchorer();
  const sections: PageSection[] = [{heading: '', anchor: '', text: ''}];
  let usesHubComponent = false;

  const append = (s: string) => {
    sections[sections.length - 1].text += s;
  };

  const headingId = (h: Heading, raw: string): {id: string; text: string} => {
    const {text, anchor} = anchorOf(raw, (h.data as {hProperties?: {id?: string}} | undefined)?.hProperties?.id);
    return {id: anchor, text};
  };

  const walk = (node: AnyNode) => {
    if (SKIP.has(node.type)) return;
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      HUB_COMPONENTS.has(node.name ?? '')
    ) {
      usesHubComponent = true;
    }
    if (node.type === 'heading') {
      const raw = toString({type: 'root', children: node.children.filter((c) => !SKIP.has(c.type))} as Root);
      const {id, text} = headingId(node, raw);
      const isStep = isStepHeading(node.depth, id, text);
      if (node.depth === 2 || isStep) sections.push({heading: text.trim(), anchor: id, text: ''});
      else append(`\n${text}\n`);
      return;
    }
    // A figure reads as its value, as on the page (src/remark/facts.ts), so snippets show "4 hours" and a search
    // for the value finds the passage. An unknown name stays as written: the content check reports it.
    if (node.type === 'textDirective' && node.name === FACT_DIRECTIVE) {
      const name = toString(node).trim();
      append(factValue(name) ?? name);
      return;
    }
    if ('value' in node && typeof node.value === 'string') {
      append(node.type === 'code' ? `\n${node.value}\n` : node.value);
      return;
    }
    if ('children' in node) {
      for (const child of node.children as RootContent[]) walk(child);
      if (node.type === 'paragraph' || node.type === 'listItem' || node.type === 'tableCell') append('\n');
    }
    if (node.type === 'break') append('\n');
  };
  walk(copy);
  const tidy = sections.map((s) => ({
    ...s,
    text: s.text
      .replace(/[ \t]+/g, ' ')
      .replace(/\s*\n\s*/g, '\n')
      .trim(),
  }));
  return {sections: tidy.filter((s, i) => i > 0 || s.text), usesHubComponent};
}
