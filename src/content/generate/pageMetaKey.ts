/** Frontmatter key a page's card and freshness notice travel under; shared by the plugin and the theme. */
export const PAGE_META_KEY = 'aibox_meta';
