/**
 * Accessibility scans with axe-core (issue 12): the WCAG 2.1 A/AA rules on the page as it is
 * now. A test asserts the list of serious and critical violations is empty; each entry names
 * the rule, what it means and where, so a failure says what to fix.
 *
 *   expect(await seriousViolations(page)).toEqual([]);
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function seriousViolations(page: Page, options: { include?: string } = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  if (options.include) builder = builder.include(options.include);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((n) =>
        `${v.impact}: ${v.id} (${v.help}) at ${n.target.join(' ')}: ${n.failureSummary ?? ''}`.replace(/\s+/g, ' '),
      ),
    );
}
