// Content validation only: frontmatter schemas and structure checks. `npm run check` runs this among the other gates.
import {loadAndCheck} from '../src/content/check';
import {formatReport, onlyErrors} from '../src/content/errors';

const {errors} = loadAndCheck(process.cwd());
if (errors.length) console.error(formatReport(errors));
const n = onlyErrors(errors).length;
console.log(n ? `content: ${n} error(s)` : 'content: ok');
process.exit(n ? 1 : 0);
