// Written by src/plugins/tour-player at build and start.
declare module '@generated/tour-player/default/player-css.json' {
  const data: {css: string};
  export default data;
}
