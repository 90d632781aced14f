import type { ConformanceReport } from './types.js';

const MARK = { pass: 'pass', fail: 'FAIL', not_exercised: 'not exercised' } as const;

/** The report as a table of clauses, the evidence under each failure, and a summary line. */
export function formatReport(report: ConformanceReport): string {
  const width = Math.max(...report.clauses.map((clause) => clause.id.length));
  const lines = [`Conformance of ${report.apiBase} to the verify-identity contract ${report.contractVersion}`, ''];
  let group = '';
  for (const clause of report.clauses) {
    if (clause.group !== group) {
      group = clause.group;
      lines.push(`${group}`);
    }
    lines.push(`  ${MARK[clause.status].padEnd(13)} ${clause.id.padEnd(width)}  ${clause.title}`);
    if (clause.status === 'not_exercised' && clause.reason) lines.push(`  ${''.padEnd(13)} ${''.padEnd(width)}  why: ${clause.reason}`);
    if (clause.status === 'fail') {
      if (clause.reason) lines.push(`${''.padEnd(16)}${clause.reason}`);
      for (const evidence of clause.evidence) {
        lines.push(`${''.padEnd(16)}request:  ${evidence.request}`, `${''.padEnd(16)}answer:   ${evidence.answer}`, `${''.padEnd(16)}expected: ${evidence.expected}`);
      }
    }
  }
  const { pass, fail, not_exercised } = report.summary;
  lines.push('', `${fail === 0 ? 'OK' : 'FAILED'}: ${pass} passed, ${fail} failed, ${not_exercised} not exercised (${report.requests} requests in ${(report.durationMs / 1000).toFixed(1)} s)`);
  return lines.join('\n');
}
