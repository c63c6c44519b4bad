// The rule tests in one process, for the mutation tester: it runs this once per mutant, and one process
// instead of three saves the start-up time that would otherwise dominate each run.
import './rules.test';
import './checks/codes.test';
import './checks/exercises.test';
