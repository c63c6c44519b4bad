/**
 * The registry of content rules. Every error any check reports names one of these ids, printed as
 * `[rule-id]` at the end of its first line, so a contributor can look the rule up and a test can pin it.
 * Plain data with no imports: the contributing docs render this table on the client.
 */
export interface RuleInfo {
  id: string;
  /** What the rule guarantees, in one line. */
  description: string;
  /** What a contributor usually does to satisfy it. */
  fix: string;
  /** The source file, or every file, that reports the rule: where to start reading when it fires. */
  module: string | readonly string[];
}

const define = <const T extends Record<string, Omit<RuleInfo, 'id'>>>(rules: T) => rules;

export const RULES = define({
  'files/encoding': {
    module: ['src/content/checks/contentFiles.ts', 'src/content/loader.ts'],
    description: 'Content files are UTF-8 text without control characters other than tab and newline.',
    fix: 'Re-save the file as UTF-8 and remove invisible control characters.',
  },
  'files/symlink': {
    module: ['src/content/loader.ts', 'src/content/readText.ts'],
    description:
      'Content folders and the records beside them (monitoring, the lock, the storyboard, synonyms) hold real files only; a symbolic link could pull in a file from anywhere.',
    fix: 'Replace the link with the file itself, or link to the page with a Markdown link.',
  },
  'files/size': {
    module: ['src/content/checks/contentFiles.ts', 'src/content/loader.ts', 'src/content/readText.ts'],
    description: 'A page stays under the size limit, so one file cannot exhaust the build or the search index.',
    fix: 'Split the page into several pages.',
  },
  'files/syntax': {
    module: 'src/content/loader.ts',
    description: 'Markdown and MDX parse.',
    fix: 'Fix the syntax at the line shown; in .md files write placeholders like <host> in backticks.',
  },
  'frontmatter/missing': {
    module: 'src/content/loader.ts',
    description: 'Every page starts with a YAML frontmatter block.',
    fix: 'Start the file with ---, title, description, owner, last_reviewed, ---.',
  },
  'frontmatter/yaml': {
    module: 'src/content/loader.ts',
    description: 'Frontmatter is valid YAML without excessive aliases.',
    fix: 'Fix the YAML at the line shown; do not use anchors and aliases in frontmatter.',
  },
  'frontmatter/unknown-key': {
    module: 'src/content/validate.ts',
    description: 'Frontmatter has only the keys its page type defines.',
    fix: 'Rename the key to the suggested one or remove it.',
  },
  'frontmatter/schema': {
    module: ['src/content/loader.ts', 'src/content/validate.ts'],
    description: 'Each frontmatter value has the type and format its page type defines.',
    fix: 'Use a value of the expected shape; the generated schema tables list each field.',
  },
  'security/plain-text': {
    module: ['src/content/schemas/common.ts', 'src/content/schemas/storyboard.ts'],
    description: 'Fields that reach HTML, JSON maps or terminals are plain text: no markup, no control characters.',
    fix: 'Write the value as plain text; name tags in words, not as <tag>.',
  },
  'security/secret': {
    module: ['src/content/check.ts', 'src/content/checks/secrets.ts'],
    description: 'No token-shaped secret (Vault, GitHub, cloud keys, private keys, JWTs) appears anywhere on a page.',
    fix: 'Use a placeholder like <token>; a deliberate fake example goes in secret-allowlist.json with a reviewer.',
  },
  'security/raw-html': {
    module: 'src/content/checks/security.ts',
    description:
      'Raw HTML in .md pages, read by a real HTML parser, uses only plain elements and their listed attributes (no script, frame, form, style or event handler), and no link anywhere is a javascript:, vbscript: or data: URL, however its scheme is spelt.',
    fix: 'Use Markdown or a reviewed component from src/components.',
  },
  'security/external-resource': {
    module: 'src/content/checks/security.ts',
    description:
      'Images (Markdown, reference definitions, <img>, CSS url()) load from the site itself, read as a browser resolves them: the site runs air-gapped.',
    fix: 'Put the file under static/img/ and reference it as /img/<name>.',
  },
  'structure/no-h1': {
    module: 'src/content/checks/structure.ts',
    description: 'The body has no "# " heading; the title comes from frontmatter.',
    fix: 'Make it a "## " section or remove it.',
  },
  'structure/sections': {
    module: 'src/content/checks/structure.ts',
    description: 'FAQ entries, runbooks and exercise logs have exactly their fixed "## " sections, in order.',
    fix: 'Rename, reorder or add the sections listed in the message.',
  },
  'faq/category-folder': {
    module: 'src/content/checks/structure.ts',
    description: "An FAQ entry's category equals its folder under docs/troubleshooting/.",
    fix: 'Move the file or change category.',
  },
  'runbook/kind-folder': {
    module: 'src/content/checks/structure.ts',
    description: "A runbook's kind equals its folder under runbooks/.",
    fix: 'Move the file or change kind.',
  },
  'runbook/steps-required': {
    module: 'src/content/checks/directives.ts',
    description: 'Every runbook writes its actions as :::step blocks.',
    fix: 'Wrap each action in :::step[Title] … :::.',
  },
  'runbook/step-title': {
    module: 'src/content/checks/directives.ts',
    description: 'Every :::step has a title in brackets.',
    fix: 'Write :::step[What this step does].',
  },
  'runbook/step-structure': {
    module: 'src/content/checks/directives.ts',
    description: ':::step blocks appear only in runbooks, are closed, and are never nested.',
    fix: 'Close each step with ::: on its own line before the next one; move steps out of other pages.',
  },
  'runbook/step-link': {
    module: 'src/content/checks/directives.ts',
    description: 'Links to #step-N point at a step of the same page: step numbers change when steps are added.',
    fix: 'From another page, link the runbook or its section heading and quote the step title.',
  },
  'directives/known': {
    module: 'src/content/checks/directives.ts',
    description: 'Only the admonitions and :::step are used as directives.',
    fix: 'Use one of :::note, :::tip, :::info, :::warning, :::danger, :::caution, :::step.',
  },
  'blocks/json': {
    module: 'src/content/checks/codeBlocks.ts',
    description: 'JSON code blocks parse.',
    fix: 'Fix the JSON at the line shown.',
  },
  'blocks/yaml': {
    module: 'src/content/checks/codeBlocks.ts',
    description: 'YAML code blocks parse.',
    fix: 'Fix the YAML at the line shown.',
  },
  'blocks/example': {
    module: 'src/content/checks/codeBlocks.ts',
    description: 'Titled examples of our formats (policy.yaml, aibox-pack.yaml, packs.yaml, WSL ini) validate.',
    fix: 'Make the example match the schema, as a reader will copy it.',
  },
  'blocks/where-to-run': {
    module: 'src/content/checks/whereToRun.ts',
    description:
      'Every command block on the quickstarts and migration pages has a title saying where it runs (src/content/enums.ts, WHERE_TO_RUN).',
    fix: 'Add title="Ubuntu (WSL)" (or another label of the list) after the opening fence.',
  },
  'blocks/shellcheck': {
    module: 'src/adapters/shellcheck.ts',
    description: 'Shell blocks pass shellcheck.',
    fix: 'Follow the linked shellcheck advice; quote placeholders like "<name>".',
  },
  'blocks/destructive-placeholder': {
    module: 'src/content/checks/copyBlocks.ts',
    description:
      'A shell or PowerShell block in a runbook or FAQ entry that runs a destructive command (a delete, restore, data move, revocation, retag or force push; listed on the content rules page) takes no value from an unfilled <placeholder>.',
    fix: 'Fill the value in an earlier block of its own, with its check, and start the destructive block with : "${VAR:?set VAR first}".',
  },
  'blocks/destructive-unchecked': {
    module: 'src/content/checks/copyBlocks.ts',
    description:
      'A destructive command uses only variables its block sets or checks with ${VAR:?}, so a paste into a new shell stops instead of running with an empty value.',
    fix: 'Add : "${VAR:?set VAR first}" at the top of the block, or write ${VAR:?} where the variable is used.',
  },
  'blocks/destructive-condition-after': {
    module: 'src/content/checks/copyBlocks.ts',
    description:
      'The condition that makes a destructive block safe ("Only if ...", "Only after ...") stands before the block, where it is read before the paste.',
    fix: 'Move the sentence above the block, or turn the check into a block of its own before it.',
  },
  'links/page': {
    module: 'src/content/checks/links.ts',
    description: 'Relative links to .md/.mdx files name an existing page of the same docs instance.',
    fix: 'Link to an existing page; across instances link by route.',
  },
  'links/anchor': {
    module: 'src/content/checks/links.ts',
    description: 'A link to #anchor on another page names a heading that exists on that page.',
    fix: 'Use the anchor of an existing heading on the target page.',
  },
  'links/outside-content': {
    module: 'src/content/checks/links.ts',
    description: 'Links, images and imports stay inside the content folders, static/ and src/.',
    fix: 'Link to a page or a file under static/.',
  },
  'links/url': {
    module: 'src/content/checks/links.ts',
    description:
      'Link targets are URLs a browser and the build read the same way: no control characters, raw or as %0d%0a, and no broken % escapes.',
    fix: 'Write the path as the file is named; escape a space as %20 and nothing else.',
  },
  'links/html-file': {
    module: 'src/content/checks/links.ts',
    description: 'Links point at pages and downloads, never at an .html file, which would run as part of the site.',
    fix: 'Write the content as a Markdown page and link the .md file.',
  },
  'links/pagination': {
    module: 'src/content/checks/links.ts',
    description: 'pagination_next and pagination_prev name a page of the same docs instance by its id.',
    fix: 'Use the path inside docs/ or runbooks/ without the extension, or null.',
  },
  'mdx/esm': {
    module: 'src/content/checks/mdx.ts',
    description:
      'An .mdx page imports only registered components (src/content/components.ts), each under its own name from its exact path; no export, no other import.',
    fix: "Write import Tabs from '@theme/Tabs'; ask the docs team to register a new component.",
  },
  'mdx/expression': {
    module: 'src/content/checks/mdx.ts',
    description:
      'An .mdx page has no {…} expression except a comment: expressions run at build time and in the browser.',
    fix: 'Write the value as text, or a :fact[name] for a registered figure.',
  },
  'mdx/element': {
    module: 'src/content/checks/mdx.ts',
    description:
      'Every JSX element is a plain HTML element or a registered component imported on the page; build-only elements (mermaid diagrams, steps) are not written by hand.',
    fix: 'Use Markdown, a plain element, or a registered component.',
  },
  'mdx/attribute': {
    module: 'src/content/checks/mdx.ts',
    description:
      'JSX attributes are strings the element declares for content: no {…} values, no spreads, no on*, style or dangerouslySetInnerHTML.',
    fix: 'Use a string prop the component lists in src/content/components.ts.',
  },
  'files/lint-config': {
    module: 'src/content/checks/contentFiles.ts',
    description:
      'No lint or spelling configuration lives in docs/, runbooks/ or monitoring/: it would switch rules off for the files beside it.',
    fix: 'Delete the file; propose the change to the root configuration instead.',
  },
  'files/active': {
    module: 'src/content/checks/contentFiles.ts',
    description:
      'Content folders and static/ hold no HTML files and no SVG with script, event handlers or external references: the site would serve them from its own origin.',
    fix: 'Write a Markdown page, or export the image without script (as PNG, or a plain SVG).',
  },
  'routes/duplicate': {
    module: 'src/content/checks/links.ts',
    description: 'Every page has its own route, computed with the docs plugin rules (id, slug, number prefixes).',
    fix: 'Change the slug or id of one of the pages.',
  },
  'routes/docusaurus': {
    module: 'src/plugins/aibox-content/routeCheck.ts',
    description: 'The route the loader computes for a page is the one Docusaurus serves (checked during the build).',
    fix: 'Report it: the loader and the docs plugin disagree on a slug rule.',
  },
  'codes/single-home': {
    module: 'src/content/checks/codes.ts',
    description: 'Each error code is homed on exactly one FAQ entry.',
    fix: 'Keep the code on the entry that fixes it and link to it from the others.',
  },
  'codes/runbook-homed': {
    module: 'src/content/checks/codes.ts',
    description: 'Codes named by a disaster-recovery runbook are homed by an FAQ entry.',
    fix: 'Add the code to the error_codes of the FAQ entry that explains it.',
  },
  'codes/lock': {
    module: 'src/content/check.ts',
    description: 'error-codes.lock.json is valid and lists every published code with its status.',
    fix: 'Run npm run doctor-map -- --update-lock and commit the lock.',
  },
  'codes/locked-home': {
    module: 'src/content/checks/codes.ts',
    description: 'A published code never loses its home.',
    fix: 'Restore the entry; to retire a code set status: retired on its entry and keep it.',
  },
  'codes/new-code': {
    module: 'src/content/checks/codes.ts',
    description: 'A new code is added to the lock in the same change.',
    fix: 'Run npm run doctor-map -- --update-lock and commit the lock.',
  },
  'codes/retired': {
    module: 'src/content/checks/codes.ts',
    description: 'A retired code never returns: it stays on a retired entry.',
    fix: 'Give the new problem a new code; keep the retired code on its retired entry.',
  },
  'codes/lock-history': {
    module: 'src/content/codesHistory.ts',
    description:
      'The lock only grows: no code leaves it and no retired code becomes active again, compared with the lock before the change (the merge base with origin/main, else before the last commit that touched it; skipped without git history).',
    fix: 'Restore the removed code or the retired status in error-codes.lock.json; give a new problem a new code.',
  },
  'codes/cli': {
    module: 'src/content/checks/codes.ts',
    description:
      'Every code the CLI emits has a page; active codes the CLI no longer emits are flagged for retirement.',
    fix: 'Write the missing entry, or set status: retired on the entry of a code the CLI dropped.',
  },
  'directives/closed': {
    module: 'src/content/checks/directives.ts',
    description: 'Every ::: block is closed by ::: on its own line.',
    fix: 'Add the closing ::: line.',
  },
  'facts/unknown': {
    module: 'src/content/checks/facts.ts',
    description: 'Every :fact[name] names a figure in the registry (src/content/facts.ts).',
    fix: 'Use a registered name, or add the figure to the registry with its source.',
  },
  'facts/contradiction': {
    module: 'src/content/checks/facts.ts',
    description:
      'A sentence about a registered figure (token lifetimes, start SLAs, tier shares) states the registered value.',
    fix: 'Write :fact[name] instead of typing the figure.',
  },
  'consistency/setup-001-warning': {
    module: 'src/content/checks/consistency.ts',
    description: 'AIBOX-SETUP-001 is a warning (exit 0), never shown as a failure.',
    fix: 'Show it on a WARN line, as the CLI reference does.',
  },
  'consistency/wsl-distro': {
    module: 'src/content/checks/consistency.ts',
    description: 'The WSL distribution is named Ubuntu-24.04 everywhere.',
    fix: 'Write Ubuntu-24.04, the name wsl --install -d Ubuntu-24.04 creates.',
  },
  'consistency/harbor-topology': {
    module: 'src/content/checks/consistency.ts',
    description: "Harbor's topology is described as the Harbor runbook states it.",
    fix: 'Describe it as runbooks/disaster-recovery/harbor-registry-failure.md does.',
  },
  'consistency/image-current': {
    module: 'src/content/checks/consistency.ts',
    description: 'An up-to-date image is described with the CLI wording "image is current".',
    fix: 'Write "image is current", as aibox update prints it.',
  },
  'consistency/tool-pack-cycle': {
    module: 'src/content/checks/consistency.ts',
    description: 'The monthly tool-pack cycle starts after the month tag exists.',
    fix: 'Write :fact[tool-pack-update-start].',
  },
  'consistency/emergency-champion-test': {
    module: 'src/content/checks/consistency.ts',
    description: 'Emergency updates keep the one-hour champions smoke test.',
    fix: 'Say the five-day round is replaced by a one-hour smoke test.',
  },
  'consistency/rollout-stage': {
    module: 'src/content/checks/consistency.ts',
    description: 'Rollout steps are "stages"; "phase" is the project plan.',
    fix: 'Write "stage".',
  },
  'consistency/adoption-denominator': {
    module: 'src/content/checks/consistency.ts',
    description: 'Adoption is measured against active developers.',
    fix: 'Divide by active developers, as the KPI page defines them.',
  },
  'consistency/curl-to-shell-baseline': {
    module: 'src/content/checks/consistency.ts',
    description: 'Team policy examples never switch off curl-to-shell: the org baseline already denies it.',
    fix: 'Use a rule the baseline permits, such as package-publish.',
  },
  'consistency/pip-wheelhouse': {
    module: 'src/content/checks/consistency.ts',
    description: 'pip --find-links always points at a wheelhouse built with pip download or pip wheel.',
    fix: 'Build the wheelhouse first and point --find-links at it.',
  },
  'consistency/pol-003-warning': {
    module: 'src/content/checks/consistency.ts',
    description: 'AIBOX-POL-003 is a warning (the sandbox starts with the rules ignored), never shown as a failure.',
    fix: 'Show it on a WARN line, as the CLI reference does.',
  },
  'consistency/sandbox-home-persistence': {
    module: 'src/content/checks/consistency.ts',
    description:
      "Nothing tells a reader to keep a setting in the sandbox's home directory outside the cache volume: it comes back from the image at every start.",
    fix: 'Put the setting in the project, under a path of the cache volume, or in the env of a tool pack.',
  },
  'consistency/escalation-channel': {
    module: 'src/content/checks/consistency.ts',
    description:
      'Escalations go to #aibox-help, from champions and developers alike; #aibox-champions is never the escalation channel.',
    fix: 'Send the escalation to #aibox-help, as the support tiers page states.',
  },
  'consistency/dns-tunneling-default': {
    module: 'src/content/checks/consistency.ts',
    description:
      'DNS tunneling is on by default in current WSL: pages never tell a reader to turn it on or add dnsTunneling=true.',
    fix: 'Tell the reader to run wsl --update and delete a dnsTunneling=false line.',
  },
  'consistency/vault-direct': {
    module: 'src/content/checks/consistency.ts',
    description:
      'The CLI reaches Vault directly from the machine; nothing sends Vault traffic through the egress proxy or tests Vault from the sandbox.',
    fix: 'Check Vault from the machine, as the Vault connectivity runbook does.',
  },
  'consistency/cli-update-path': {
    module: 'src/content/checks/consistency.ts',
    description:
      'aibox update upgrades the aibox apt package from Nexus; nothing replaces or overwrites /usr/bin/aibox.',
    fix: 'Describe the apt upgrade, as the CLI reference does.',
  },
  'consistency/sandbox-containers': {
    module: 'src/content/checks/consistency.ts',
    description: 'Nothing runs containers inside the sandbox: it has no Docker daemon (edge case EC-002).',
    fix: 'Name the shared development environment or CI instead.',
  },
  'tour/schema': {
    module: 'src/content/tour.ts',
    description: 'The tour storyboard matches its schema.',
    fix: 'Fix the field named in the message in docs/getting-started/five-minute-tour.storyboard.yaml.',
  },
  'tour/timing': {
    module: 'src/content/generate/tourCast.ts',
    description: 'The tour recording runs under five minutes and each chapter starts where the page says.',
    fix: 'Shorten pauses or captions, or move the chapter time on the page.',
  },
  'tour/cli-command': {
    module: ['src/content/checks/tourStoryboard.ts', 'src/content/tour.ts'],
    description: 'Every command in the storyboard exists in the CLI reference.',
    fix: 'Use a documented command.',
  },
  'tour/cli-flag': {
    module: 'src/content/checks/tourStoryboard.ts',
    description: 'Every flag in the storyboard is documented for its command.',
    fix: 'Use a documented flag.',
  },
  'tour/cli-version': {
    module: 'src/content/checks/tourStoryboard.ts',
    description: 'The version the storyboard shows is the one the CLI reference documents.',
    fix: 'Update the storyboard output to the documented version.',
  },
  'tour/error-code': {
    module: 'src/content/checks/tourStoryboard.ts',
    description: 'Every error code in the storyboard has a home entry.',
    fix: 'Use a published code.',
  },
  'tour/chapters': {
    module: 'src/content/checks/tourStoryboard.ts',
    description: "The recording's chapter markers match the tour page's sections.",
    fix: 'Make the storyboard chapters and the page headings agree.',
  },
  'tour/transcript': {
    module: 'src/content/checks/tourStoryboard.ts',
    description: 'The tour page carries the full transcript of the recording.',
    fix: 'Copy the changed commands and output onto the page.',
  },
  'diagrams/mermaid-parse': {
    module: 'src/remark/mermaidSvg.ts',
    description: 'Every mermaid diagram parses; it is rendered to SVG at build time, so a broken one fails the build.',
    fix: 'Fix the diagram at the line shown .',
  },
  'search/phrases': {
    module: 'src/content/checks/searchPhrases.ts',
    description: 'search_phrases are distinct and do not repeat the title.',
    fix: 'Remove the duplicate, or write the phrase the way a stuck reader would type it.',
  },
  'search/synonyms': {
    module: 'src/content/synonyms.ts',
    description: 'docs/search-synonyms.yaml matches its schema.',
    fix: 'Fix the entry named in the message.',
  },
  'search/synonym-group-size': {
    module: ['src/content/schemas/searchSynonyms.ts', 'src/content/synonyms.ts'],
    description:
      'A synonym group has at most 20 words: every word of a group widens every query that holds another, so a long group makes one page match everything.',
    fix: 'Split the group into the words readers really use for the same thing, or drop the loose ones.',
  },
  'search/synonym-groups': {
    module: ['src/content/schemas/searchSynonyms.ts', 'src/content/synonyms.ts'],
    description:
      'docs/search-synonyms.yaml has at most 100 groups: it lists the words readers mix up, not a thesaurus.',
    fix: 'Remove groups search does not need; ask the docs team to raise the cap if the list has truly grown.',
  },
  'search/synonym-overlap': {
    module: 'src/content/synonyms.ts',
    description:
      'A word is in one synonym group only: a word in two groups joins them, and a query then expands to both.',
    fix: 'Keep the word in the group it means most, or merge the two groups if they mean the same.',
  },
  'search/phrase-count': {
    module: 'src/content/schemas/common.ts',
    description:
      'An FAQ entry or runbook has at most 12 search_phrases: phrases weigh more than the title, and a long list wins unrelated searches.',
    fix: 'Keep the phrases readers really type; one phrase per way of putting the problem.',
  },
  'search/phrase-length': {
    module: 'src/content/schemas/common.ts',
    description: 'A search phrase has at most 80 characters: what a reader types, not a paragraph of keywords.',
    fix: 'Shorten the phrase to the words a stuck reader would type.',
  },
  'search/lookalike': {
    module: ['src/content/checks/lookalikes.ts', 'src/content/synonyms.ts'],
    description:
      'No word mixes Latin, Greek, Cyrillic, Armenian or Cherokee letters (a Cyrillic "а" in "vault") in titles, labels, descriptions, keywords, headings, search_phrases or synonyms; whole words in any script are fine.',
    fix: 'Retype the word on a plain keyboard layout; the message names the odd letter by its code point.',
  },
  'alerts/schema': {
    module: 'src/content/opsCatalogue.ts',
    description: 'Alert records in monitoring/alerts/ match their schema.',
    fix: 'Fix the field named in the message.',
  },
  'alerts/defined': {
    module: 'src/content/checks/alertCatalogue.ts',
    description: 'Every alert a runbook names has a record in monitoring/alerts/.',
    fix: 'Add the alert record, or remove the name from the runbook.',
  },
  'alerts/runbook': {
    module: 'src/content/checks/alertCatalogue.ts',
    description: 'Every alert record names an existing runbook, and that runbook lists the alert.',
    fix: "Add the alert to the runbook's alerts, or point the record at the right runbook.",
  },
  'alerts/panel': {
    module: 'src/content/checks/alertCatalogue.ts',
    description: 'Every alert names a dashboard panel that exists.',
    fix: 'Use a panel id from monitoring/dashboards/.',
  },
  'alerts/duplicate': {
    module: 'src/content/checks/alertCatalogue.ts',
    description: 'Each alert name is defined once.',
    fix: 'Remove or rename the duplicate record.',
  },
  'alerts/service-file': {
    module: 'src/content/checks/alertCatalogue.ts',
    description: 'An alert lives in the file of its service (monitoring/alerts/<service>.yaml).',
    fix: 'Move the record to its service file.',
  },
  'alerts/template': {
    module: 'src/content/checks/alertCatalogue.ts',
    description: 'Summary and description templates use only labels the expression keeps.',
    fix: 'Use {{ $labels.x }} only for labels in the by (...) clause, or {{ $value }}.',
  },
  'dashboards/schema': {
    module: 'src/content/opsCatalogue.ts',
    description: 'Dashboard records match their schema.',
    fix: 'Fix the field named in the message.',
  },
  'dashboards/panel-id': {
    module: 'src/content/checks/alertCatalogue.ts',
    description: 'Panel ids are unique within a dashboard.',
    fix: 'Rename the duplicate panel.',
  },
  'dashboards/kpi': {
    module: 'src/content/checks/alertCatalogue.ts',
    description: 'A panel that shows a KPI links to a KPI defined on the KPI page.',
    fix: 'Use an anchor of docs/rollout/kpis.md.',
  },
  'alerts/tested': {
    module: ['src/content/checks/alertTests.ts', 'src/content/opsCatalogue.ts', 'src/content/probes.ts'],
    description:
      'Every alert has a promtool case in monitoring/tests/<service>.test.yaml that fires at its threshold and one that stays silent below it; tests name only existing alerts.',
    fix: 'Add an alert_rule_test for the alert with exp_alerts at its threshold after its for:, and an empty one just below.',
  },
  'alerts/rules-file': {
    module: 'scripts/alert-rules.ts',
    description:
      "A monitoring repository's rules file (alert-rules --check) holds every catalogue alert, each with the catalogue's runbook_url, and no alert without a runbook.",
    fix: 'Regenerate the file with npm run alert-rules -- --out FILE, or add the alert to monitoring/alerts/ with its runbook.',
  },
  'metrics/schema': {
    module: 'src/content/opsCatalogue.ts',
    description:
      'monitoring/metrics.yaml exists and declares each metric once with its type, unit, labels, source and meaning.',
    fix: 'Fix the field named in the message.',
  },
  'metrics/promql': {
    module: 'src/content/checks/metrics.ts',
    description: 'Every alert and panel expression parses as PromQL.',
    fix: 'Close every bracket, brace and quote at the column shown.',
  },
  'metrics/undeclared': {
    module: 'src/content/checks/metrics.ts',
    description: 'Every metric an alert or panel expression uses is declared in monitoring/metrics.yaml.',
    fix: 'Declare the metric with its source, or use a declared one.',
  },
  'metrics/label': {
    module: 'src/content/checks/metrics.ts',
    description: 'Label matchers and by/without clauses name only labels the metric declares.',
    fix: 'Use a declared label, or declare the label if the source emits it.',
  },
  'metrics/rate-of-gauge': {
    module: 'src/content/checks/metrics.ts',
    description: 'rate(), irate() and increase() take counters only.',
    fix: 'Use the gauge as it is, or deriv()/delta().',
  },
  'metrics/ratio-unit': {
    module: 'src/content/checks/metrics.ts',
    description: 'A panel that plots a 0-1 ratio uses the unit percentunit.',
    fix: 'Set unit: percentunit.',
  },
  'metrics/dropped-label': {
    module: 'src/content/checks/metrics.ts',
    description: 'A panel that divides two sums keeps every label its title says it splits by.',
    fix: 'sum by (<label>) on both sides of the division.',
  },
  'probes/schema': {
    module: ['src/content/checks/probes.ts', 'src/content/probes.ts'],
    description:
      'monitoring/probes.yaml exists once an expression names a blackbox-* job, and declares each probe job once, with its prober, interval, timeout, HTTP checks (status codes, body regexps, CA file) and targets.',
    fix: 'Fix the field named in the message.',
  },
  'probes/undeclared': {
    module: 'src/content/checks/probes.ts',
    description:
      'Every blackbox-* job (and instance) that an alert, panel or promtool case names is a job and target of monitoring/probes.yaml, so the series it reads exist.',
    fix: 'Declare the probe or the target in monitoring/probes.yaml, or correct the job or instance.',
  },
  'alerts/single-runbook': {
    module: 'src/content/checks/alerts.ts',
    description: 'An alert pages for one runbook only.',
    fix: 'Keep the alert on one runbook and link the other runbook from it.',
  },
  'exercise/runbook': {
    module: 'src/content/checks/exercises.ts',
    description: 'An exercise log names existing runbook ids.',
    fix: 'Use the id of a runbook (folder/name without extension).',
  },
  'exercise/filename-date': {
    module: 'src/content/checks/structure.ts',
    description: "An exercise log's file name starts with its date.",
    fix: 'Rename the file to runbooks/exercises/<date>-<slug>.md.',
  },
  'exercise/last-exercised': {
    module: 'src/content/checks/exercises.ts',
    description: "A runbook's last_exercised is the date of its latest logged exercise.",
    fix: 'Log the exercise under runbooks/exercises/ or correct last_exercised.',
  },
});

export type RuleId = keyof typeof RULES;

export const ruleList = (): RuleInfo[] =>
  Object.entries(RULES)
    .map(([id, r]) => ({id, ...r}))
    .sort((a, b) => a.id.localeCompare(b.id));
