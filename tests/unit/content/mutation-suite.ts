// The rule tests in one process, for the mutation tester: it runs this once per mutant, and one process
// instead of one per file saves the start-up time that would otherwise dominate each run.
// Every check's test file is here (a test in tests/unit/content/checks/ enforces it), so a mutant that only
// another check's tests would catch is not reported as a survivor.
import './rules.test';
import './checks/alertCatalogue.test';
import './checks/codes.test';
import './checks/consistency.test';
import './checks/copyBlocks.test';
import './checks/exercises.test';
import './checks/facts.test';
import './checks/frontmatterSteering.test';
import './checks/gate.test';
import './checks/hiddenCharacters.test';
import './checks/links.test';
import './checks/metrics.test';
import './checks/probes.test';
import './checks/searchLimits.test';
import './checks/searchPhrases.test';
import './checks/secrets.test';
