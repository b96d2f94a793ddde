import * as assert from 'assert';
import * as fs from 'fs';
import { RULES } from '../../../server/src/engine/rules/registry';
import { repoPath } from '../../support/paths';

interface Property {
  markdownDescription?: string;
  description?: string;
  anyOf?: Array<{ properties?: Record<string, unknown> }>;
  properties?: Record<string, Property>;
}

const manifest = JSON.parse(fs.readFileSync(repoPath('package.json'), 'utf8'));
const settings: Record<string, Property> = manifest.contributes.configuration.properties;
/** The English text of a manifest string: `%key%` placeholders are looked up in package.nls.json. */
const nls = JSON.parse(fs.readFileSync(repoPath('package.nls.json'), 'utf8')) as Record<string, string>;
const english = (text: string | undefined) => (text?.match(/^%(.+)%$/) ? nls[text.slice(1, -1)] : text);

describe('extension manifest', () => {
  it('describes every setting the client and server read', () => {
    const names = ['template', 'reportDate', 'rules', 'run', 'enablePlainText', 'figuresFile', 'trace.server'].map((n) => `reportlint.${n}`);
    assert.deepStrictEqual(Object.keys(settings).sort(), names.sort());
    for (const name of names) assert.ok((english(settings[name].markdownDescription ?? settings[name].description) ?? '').length > 20, name);
  });

  it('lists every rule, with its options, under reportlint.rules (and no others)', () => {
    const listed = settings['reportlint.rules'].properties!;
    const hint = 'package.json contributes.configuration reportlint.rules must have one entry per rule of the registry';
    assert.deepStrictEqual(Object.keys(listed).sort(), RULES.map((r) => r.id).sort(), hint);
    for (const rule of RULES) {
      const options = listed[rule.id].anyOf![1].properties as Record<string, { type: string }>;
      const types = Object.fromEntries(Object.entries(options).filter(([k]) => k !== 'severity').map(([k, v]) => [k, v.type === 'array' ? 'string[]' : v.type]));
      assert.deepStrictEqual(types, Object.fromEntries(Object.entries(rule.options).map(([k, o]) => [k, o.type])), `${rule.id}: ${hint}, with its options`);
    }
  });

  it('points at files the build and the repository provide, and ships them', () => {
    assert.strictEqual(manifest.main, './dist/client.js');
    assert.ok(fs.existsSync(repoPath('dist', 'client.js')) && fs.existsSync(repoPath('dist', 'server.js')));
    const schemas = [...manifest.contributes.yamlValidation, ...manifest.contributes.jsonValidation].map((v: { url: string }) => v.url);
    for (const url of schemas) assert.ok(fs.existsSync(repoPath(url)), url);
    const ignore = fs.readFileSync(repoPath('.vscodeignore'), 'utf8').split('\n');
    for (const kept of ['!dist/client.js', '!dist/server.js', '!schemas/*.json', '!templates/*.yaml']) assert.ok(ignore.includes(kept), kept);
  });
});
