/**
 * The components an .mdx page may use: the name it is imported under, the one path it is imported from, and the
 * string props it may be given (`text` for any plain string, else the list of allowed values). An .mdx page is
 * markup: imports of exactly these, and these elements with these props, are all the code it may contain
 * (src/content/checks/mdx.ts). Plain data with no imports, so the contributing docs can render it.
 *
 * Components that take HTML, data or callbacks (MermaidDiagram's `svg` becomes innerHTML) are build-time only:
 * they are not listed, so no page can import or write them.
 */
export interface ContentComponent {
  path: string;
  props: Readonly<Record<string, 'text' | readonly string[]>>;
}

export const CONTENT_COMPONENTS: Readonly<Record<string, ContentComponent>> = {
  Tabs: {path: '@theme/Tabs', props: {groupId: 'text', defaultValue: 'text'}},
  TabItem: {path: '@theme/TabItem', props: {value: 'text', label: 'text'}},
  AlertCatalogue: {path: '@site/src/components/AlertCatalogue', props: {}},
  DashboardPanels: {path: '@site/src/components/DashboardPanels', props: {}},
  MetricsCatalogue: {path: '@site/src/components/MetricsCatalogue', props: {}},
  SurveyForm: {path: '@site/src/components/SurveyForm', props: {}},
  PainPointRegister: {path: '@site/src/components/PainPointRegister', props: {}},
  DestructiveCommandTable: {path: '@site/src/components/DestructiveCommandTable', props: {}},
  ErrorIndex: {path: '@site/src/components/ErrorIndex', props: {}},
  ExerciseLog: {path: '@site/src/components/ExerciseLog', props: {}},
  RuleTable: {path: '@site/src/components/RuleTable', props: {}},
  RunbooksTable: {path: '@site/src/components/RunbooksTable', props: {}},
  SchemaTable: {
    path: '@site/src/components/SchemaTable',
    props: {schema: ['toolPack', 'teamPolicy', 'projectPacks']},
  },
  TourRecording: {path: '@site/src/components/TourRecording', props: {}},
  TroubleshootingIndex: {path: '@site/src/components/TroubleshootingIndex', props: {}},
  GatewayChooseIde: {path: '@site/src/components/figures/GatewayChooseIde', props: {}},
  GatewaySshDialog: {path: '@site/src/components/figures/GatewaySshDialog', props: {}},
  VscodeConnectionFlow: {path: '@site/src/components/figures/VscodeConnectionFlow', props: {}},
  VscodeHostPicker: {path: '@site/src/components/figures/VscodeHostPicker', props: {}},
};
