import * as assert from 'assert';
import * as fs from 'fs';
import { parse } from 'yaml';
import { repoPath } from '../../support/paths';
import { checkSnippetBody } from './snippetSyntax';
import { loadSnippets } from './snippetFiles';

// Skeleton and section snippets must produce headings that the document templates recognise,
// or a writer who starts from a snippet gets "missing section" findings at once.

interface TemplateSection {
  title: string;
  aliases?: string[];
  required?: boolean;
}

function templateSections(id: string): TemplateSection[] {
  const doc = parse(fs.readFileSync(repoPath('templates', `${id}.yaml`), 'utf8')) as { sections: TemplateSection[] };
  return doc.sections;
}

function names(sections: TemplateSection[]): Set<string> {
  return new Set(sections.flatMap((s) => [s.title, ...(s.aliases ?? [])]));
}

const snippets = loadSnippets();
const body = (prefix: string) => snippets.find((s) => s.prefixes.includes(prefix))?.body ?? '';

/** Level-2 Markdown headings of a body, without their 一、 numbering. */
function headings(text: string): string[] {
  return [...text.matchAll(/^## (?:[一二三四五六七八九十]+、)?(.+)$/gm)].map((m) => m[1]);
}

describe('skeleton snippets and the templates', () => {
  const cases: [prefix: string, template: string][] = [
    ['hbkj', 'zh-model-agency'],
    ['zjkj', 'zh-work-summary'],
    ['statusreport', 'en-status-report'],
  ];
  for (const [prefix, template] of cases) {
    it(`${prefix} uses the section names of ${template} and has its required sections`, () => {
      const sections = templateSections(template);
      const found = headings(body(prefix));
      assert.ok(found.length >= 3, `${prefix}: only ${found.length} headings`);
      const known = names(sections);
      assert.deepStrictEqual(found.filter((h) => !known.has(h)), []);
      const missing = sections.filter((s) => s.required && !found.some((h) => names([s]).has(h)));
      assert.deepStrictEqual(missing.map((s) => s.title), []);
    });
  }

  it('section snippets offer only heading names that both Chinese templates know', () => {
    const known = [names(templateSections('zh-model-agency')), names(templateSections('zh-work-summary'))];
    for (const prefix of ['czbz', 'xbdsu']) {
      const choices = checkSnippetBody(body(prefix)).choices.flat().filter((c) => c.length > 1);
      assert.ok(choices.length >= 3, `${prefix}: no heading choices`);
      assert.deepStrictEqual(choices.filter((c) => !known.every((k) => k.has(c))), [], prefix);
    }
  });
});
