import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../../server/src/engine/rules/registry';
import { repoPath } from '../../support/paths';

const readJson = (file: string) => JSON.parse(fs.readFileSync(repoPath(file), 'utf8')) as Record<string, unknown>;

/** Every `%key%` placeholder in package.json. */
function packageKeys(): string[] {
  const keys = new Set<string>();
  for (const m of fs.readFileSync(repoPath('package.json'), 'utf8').matchAll(/"%([^"%]+)%"/g)) keys.add(m[1]);
  return [...keys].sort();
}

/** Every string literal passed to `l10n.t(...)` in the client sources. */
function clientMessages(): string[] {
  const found = new Set<string>();
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (file.endsWith('.ts')) for (const m of fs.readFileSync(file, 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) found.add(m[1]);
    }
  };
  visit(repoPath('client', 'src'));
  return [...found].sort();
}

const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort().join();

describe('localisation', () => {
  it('package.nls.json defines every %key% of package.json and nothing else', () => {
    assert.deepStrictEqual(Object.keys(readJson('package.nls.json')).sort(), packageKeys());
  });

  it('package.nls.zh-cn.json translates every key into Chinese', () => {
    const en = readJson('package.nls.json');
    const zh = readJson('package.nls.zh-cn.json');
    assert.deepStrictEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    for (const [key, value] of Object.entries(zh)) {
      if (key !== 'config.title') assert.match(String(value), /[\u4e00-\u9fff]/, `${key} is not translated`);
    }
  });

  it('describes each rule under reportlint.rules with the engine\'s own description, in both languages', () => {
    const en = readJson('package.nls.json');
    const zh = readJson('package.nls.zh-cn.json');
    for (const rule of RULES) {
      assert.ok(String(en[`config.rules.${rule.id}`]).startsWith(rule.description.en), rule.id);
      assert.ok(String(zh[`config.rules.${rule.id}`]).startsWith(rule.description['zh-cn']), rule.id);
    }
  });

  it('l10n/bundle.l10n.zh-cn.json translates exactly the client messages, keeping their placeholders', () => {
    const bundle = readJson('l10n/bundle.l10n.zh-cn.json');
    assert.deepStrictEqual(Object.keys(bundle).sort(), clientMessages());
    for (const [message, translation] of Object.entries(bundle)) {
      assert.strictEqual(placeholders(String(translation)), placeholders(message), message);
      assert.match(String(translation), /[\u4e00-\u9fff]/, `${message} is not translated`);
    }
  });
});
