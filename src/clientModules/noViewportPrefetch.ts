// Docusaurus prefetches the code of every internal link that scrolls into view: on a docs page that is the whole
// sidebar section, downloaded on a hotel VPN for pages nobody opens. Keep preloading on hover and touch (one
// page, just before the click) and drop the viewport prefetch. Link calls window.docusaurus.prefetch, which the
// client entry assigns after client modules run, so wrap the assignment.
if (typeof window !== 'undefined') {
  type Api = {prefetch: (path: string) => unknown};
  let api: Api | undefined;
  Object.defineProperty(window, 'docusaurus', {
    configurable: true,
    get: () => api,
    set: (value: Api) => {
      api = {...value, prefetch: () => false};
    },
  });
}
export {};
