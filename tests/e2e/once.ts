// What a test reads from build/ (a file, or every page's HTML and requests) is the same whichever server sends it,
// so such tests run against one server only: nginx, as deployed (playwright.config.ts leaves @once out of the
// docusaurus project).
export const ONCE = {tag: '@once'};
