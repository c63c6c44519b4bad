import {usePluginData} from '@docusaurus/useGlobalData';
import type {SiteData} from '../content/generate/siteData';

/** The validated content model, as the aibox-content plugin handed it to the theme. */
export const useSiteData = () => usePluginData('aibox-content') as SiteData;
