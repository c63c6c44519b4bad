// The rule tests in one process, for the mutation tester: it runs this once per mutant, and one process
// instead of one per file saves the start-up time that would otherwise dominate each run.
import './rules.test';
import './checks/codes.test';
import './checks/exercises.test';
import './checks/links.test';
