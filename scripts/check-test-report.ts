/**
 * Reads the JSON report of the last `vitest run` and fails when the browser tests did not
 * run, or when any test was skipped, focused away or left as a todo. Ends with the plain
 * "N passed, N failed" line.
 */
import { readFileSync } from 'node:fs';

interface Report {
  testResults: { name: string; assertionResults: { status: string; fullName: string }[] }[];
}

const report = JSON.parse(readFileSync('.tmp/vitest-results.json', 'utf8')) as Report;
const results = report.testResults.flatMap((file) => file.assertionResults.map((test) => ({ ...test, file: file.name })));
const count = (status: string) => results.filter((r) => r.status === status).length;
const e2e = results.filter((r) => r.file.includes('/tests/e2e/'));
const problems: string[] = [];
if (e2e.length === 0) problems.push('no browser (e2e) test ran');
if (e2e.some((r) => r.status !== 'passed')) problems.push('a browser test did not pass');
for (const r of results.filter((t) => t.status !== 'passed' && t.status !== 'failed'))
  problems.push(`${r.status}: ${r.fullName}`);
for (const problem of problems) console.error(`check-test-report: ${problem}`);
console.log(`browser tests: ${e2e.filter((r) => r.status === 'passed').length} passed`);
console.log(`${count('passed')} passed, ${results.length - count('passed')} failed`);
process.exit(problems.length > 0 || count('failed') > 0 ? 1 : 0);
