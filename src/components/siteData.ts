// Typed views of the plugin's data modules. Import a list from its own module so a page only loads what it shows.
import type {SiteData} from '../content/generate/siteData';

export type Codes = SiteData['codes'];
export type Faqs = SiteData['faqs'];
export type Runbooks = SiteData['runbooks'];
export type Exercises = SiteData['exercises'];
export type Schemas = SiteData['schemas'];
