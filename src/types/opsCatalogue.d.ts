// The alert catalogue data the aibox-content plugin writes with createData; its shape is OpsPageData
// (src/content/generate/opsCatalogue.ts), asserted where it is imported.
declare module '@generated/aibox-content/default/ops-catalogue.json' {
  const data: unknown;
  export default data;
}
