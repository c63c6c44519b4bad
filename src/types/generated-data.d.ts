// Data modules the aibox-content plugin writes with createData; typed where they are imported (src/components/data.ts).
declare module '@generated/aibox-content/default/*.json' {
  const data: unknown;
  export default data;
}
