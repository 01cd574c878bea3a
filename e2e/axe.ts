// axe-core in the browser tests: runs the accessibility rules on what a page shows now and fails
// with every violation spelt out (rule, impact, the elements and what to fix), so a new violation
// fails `npm test` with a message a person can act on.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// axe.min.js defines `window.axe`; it is evaluated through the DevTools protocol, which the
// page's Content-Security-Policy does not govern (an inline <script> would be refused).
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), {
  encoding: 'utf8',
});

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

/** The axe-core violations of the page as it is now (WCAG 2.1 A and AA plus best practices). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(' '),
        summary: n.failureSummary ?? '',
      })),
    }));
  });
}

/** The violations as a readable list, one rule per paragraph. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map(
        (n) => `    ${n.target}\n      ${n.summary.replace(/\n/g, '\n      ')}`,
      );
      return `  ${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n${nodes.join('\n')}`;
    })
    .join('\n');
}
