/**
 * HTML validity of the built pages with html-validate (its `standard` preset: the HTML specification's
 * content models, attributes and nesting, no style preferences). Every page of a small template is checked;
 * a template with many pages (the code pages) is checked on an even spread of them.
 */
import { HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { discoverTemplates, readPage } from './dist-site.ts';

/** Pages checked per large template: an even spread that includes the first and the last. */
const SPREAD = 24;

const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

function spread(pages: readonly string[]): string[] {
  if (pages.length <= SPREAD) return [...pages];
  const step = (pages.length - 1) / (SPREAD - 1);
  return [...new Set(Array.from({ length: SPREAD }, (_, i) => pages[Math.round(i * step)] as string))];
}

const rows = discoverTemplates().map((t) => ({ key: t.key, pages: spread(t.pages), total: t.pages.length }));

describe('HTML validity (html-validate:standard)', () => {
  test.each(rows)('$key ($pages.length of $total pages)', async ({ pages }) => {
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(readPage(page), page);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
