// A stub language pack for the zh-cn suite. VS Code switches its display language (vscode.env.language,
// and so what the language client sends as `locale`) only to a language whose pack is installed; the
// real Chinese pack comes from the marketplace, which this machine cannot reach. The stub declares
// zh-cn and translates none of VS Code's own strings: the workbench stays English, extensions see zh-cn.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createVSIX } from '@vscode/vsce';

const MANIFEST = {
  name: 'reportlint-e2e-language-pack-zh-cn',
  displayName: 'zh-cn display language stub (reportlint tests)',
  publisher: 'reportlint-tests',
  version: '0.0.1',
  license: 'MIT',
  engines: { vscode: '^1.100.0' },
  categories: ['Language Packs'],
  contributes: {
    localizations: [{
      languageId: 'zh-cn', languageName: 'Chinese Simplified', localizedLanguageName: '中文(简体)',
      translations: [{ id: 'vscode', path: './translations/main.i18n.json' }],
    }],
  },
};

/** Builds the stub pack under `root` once and returns the path of its .vsix. */
export async function zhCnLanguagePack(root) {
  const dir = path.join(root, 'language-pack-zh-cn');
  const vsix = path.join(root, `${MANIFEST.name}-${MANIFEST.version}.vsix`);
  if (fs.existsSync(vsix)) return vsix;
  fs.mkdirSync(path.join(dir, 'translations'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(MANIFEST, null, 2));
  fs.writeFileSync(path.join(dir, 'README.md'), '# zh-cn display language stub\n\nUsed by the reportlint editor tests only.\n');
  fs.writeFileSync(path.join(dir, 'translations', 'main.i18n.json'), JSON.stringify({ version: '1.0.0', contents: {} }));
  fs.writeFileSync(path.join(dir, '.vscodeignore'), '');
  await createVSIX({ cwd: dir, packagePath: vsix, dependencies: false, allowMissingRepository: true, skipLicense: true });
  return vsix;
}

/**
 * Registers the installed pack in the profile's languagepacks.json, which is where the server looks for
 * display languages. The server writes this file itself when a pack is installed through a running
 * workbench, but not when code-server's CLI installs one (its language pack service is not started
 * there), so the harness writes it the same way: language id → hash, extensions and translation files.
 */
export function registerLanguagePack(profile) {
  const id = `${MANIFEST.publisher}.${MANIFEST.name}`;
  const dir = path.join(profile.extensions, `${id}-${MANIFEST.version}`);
  const [localization] = MANIFEST.contributes.localizations;
  const translations = Object.fromEntries(localization.translations.map((t) => [t.id, path.join(dir, t.path)]));
  if (!fs.existsSync(translations.vscode)) throw new Error(`the language pack is not installed in ${dir}`);
  const entry = {
    hash: createHash('md5').update(id).update(MANIFEST.version).digest('hex'),
    extensions: [{ extensionIdentifier: { id }, version: MANIFEST.version }],
    translations,
    label: localization.localizedLanguageName,
  };
  fs.writeFileSync(path.join(profile.userData, 'languagepacks.json'), JSON.stringify({ [localization.languageId]: entry }));
}
