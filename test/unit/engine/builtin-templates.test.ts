import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import safeRegex from 'safe-regex2';
import { parseYaml } from '../../../server/src/engine/config/yaml';
import type { FileSystem } from '../../../server/src/engine/host';
import { builtinYaml } from '../../../server/src/engine/template/builtin-yaml.generated';
import { BUILTIN_TEMPLATES, builtinTemplatePath, TemplateStore } from '../../../server/src/engine/template/load';
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

    it(`${id}: the value parsed at build time is the file's, and is used only while the file reads as it did`, () => {
      const file = builtinTemplatePath(id);
      const text = fs.readFileSync(file, 'utf8');
      const known = builtinYaml[path.basename(file)];
      assert.strictEqual(known.text, text, 'the build-time value was made from this text (npm run build remakes it)');
      assert.deepStrictEqual(JSON.parse(known.json), parseYaml(text, file).value);
      // The file as an editor may hold it, changed and not saved: parsed as written.
      const edited = text.replace(/^name: .*$/m, 'name: 改过的名字');
      assert.notStrictEqual(edited, text);
      const editor: FileSystem = { readFile: (f) => (f === file ? edited : fs.readFileSync(f, 'utf8')), mtime: () => 1 };
      assert.strictEqual(new TemplateStore(editor).load(id, '.').template?.name, '改过的名字');
      assert.deepStrictEqual(new TemplateStore(editor).load(id, '.').problems, []);
    });
  }
});
