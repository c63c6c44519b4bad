import docsPlugin, {validateOptions as validateDocsOptions} from '@docusaurus/plugin-content-docs';
import type {LoadedContent, Options, PluginOptions} from '@docusaurus/plugin-content-docs';
import type {LoadContext, OptionValidationContext, Plugin} from '@docusaurus/types';
import {splitDocsRoute, type SectionDepths} from './sections';

export type SectionedDocsOptions = Options & {sections?: SectionDepths};

/**
 * The docs plugin, with its routes split by section. The plugin gives every doc page one shared props file holding
 * every sidebar and every page's title and description, so a page's data grows with the whole site. Here each
 * section's pages share their own file instead (src/plugins/sectioned-docs/sections.ts). The plugin itself is
 * untouched: only the routes it adds are rewritten on their way to Docusaurus.
 */
export default async function sectionedDocsPlugin(
  context: LoadContext,
  options: PluginOptions & {sections?: SectionDepths},
): Promise<Plugin<LoadedContent>> {
  const {sections = {default: 1}, ...docsOptions} = options;
  const plugin = await docsPlugin(context, docsOptions);
  return {
    ...plugin,
    async contentLoaded(args) {
      await plugin.contentLoaded?.({
        ...args,
        actions: {...args.actions, addRoute: (route) => args.actions.addRoute(splitDocsRoute(route, sections))},
      });
    },
  };
}

sectionedDocsPlugin.validateOptions = ({
  options,
  validate,
}: OptionValidationContext<SectionedDocsOptions | undefined, PluginOptions & {sections?: SectionDepths}>) => {
  const {sections, ...docsOptions} = options ?? {};
  return {...validateDocsOptions({options: docsOptions, validate}), ...(sections && {sections})};
};
