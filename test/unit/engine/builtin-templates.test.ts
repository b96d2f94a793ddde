import * as assert from 'assert';
import safeRegex from 'safe-regex2';
import { BUILTIN_TEMPLATES } from '../../../server/src/engine/template/load';
import type { TemplateSection } from '../../../server/src/engine/template/types';
import { testEngine } from '../../support/engine';

function patterns(sections: readonly TemplateSection[]): RegExp[] {
  return sections.flatMap((s) => [s.match, s.inParagraph, ...patterns(s.children?.sections ?? [])].filter((r): r is RegExp => !!r));
}

describe('built-in templates', () => {
  const engine = testEngine();
  for (const id of BUILTIN_TEMPLATES) {
    it(`${id} loads, and its patterns pass the analysis that user patterns get (the engine trusts them)`, () => {
      const load = engine.templates.load(id, '.');
      assert.deepStrictEqual(load.problems, []);
      const all = [...load.template!.detect, ...patterns(load.template!.sections)];
      assert.ok(all.length > 0);
      for (const re of all) assert.ok(safeRegex(re), `unsafe pattern ${re}`);
    });
  }
});
