import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TemplateStore } from '../../../server/src/engine/template/load';
import type { FileSystem } from '../../../server/src/engine/host';

describe('template cache', () => {
  it('reloads a template when the template it extends changes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reportlint-tpl-'));
    const files = new Map<string, { text: string; mtime: number }>([
      [path.join(dir, 'child.yaml'), { text: 'id: child\nextends: ./parent.yaml\n', mtime: 1 }],
      [path.join(dir, 'parent.yaml'), { text: 'id: parent\nsections:\n  - id: a\n    title: 甲\n', mtime: 1 }],
    ]);
    const memoryFs: FileSystem = { readFile: (f) => files.get(f)?.text, mtime: (f) => files.get(f)?.mtime };
    const store = new TemplateStore(memoryFs);
    assert.strictEqual(store.load('./child.yaml', dir).template?.sections[0].title, '甲');
    files.set(path.join(dir, 'parent.yaml'), { text: 'id: parent\nsections:\n  - id: a\n    title: 乙\n', mtime: 2 });
    assert.strictEqual(store.load('./child.yaml', dir).template?.sections[0].title, '乙');
  });
});
