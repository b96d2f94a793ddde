// A fresh VS Code profile per suite: user data with quiet settings, an empty extensions folder, and a
// copy of test/e2e/workspace (tests edit documents and settings; the repository stays clean).
import * as fs from 'node:fs';
import * as path from 'node:path';

/** User settings for test runs: nothing that reaches the network or opens pages of its own. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'files.autoSave': 'off',
};

/**
 * Creates `root/runs/<name>` anew. `testHost` is a stub extension to name as the development extension
 * when the extension under test is an installed .vsix: VS Code runs extension tests only in a
 * development host.
 */
export function prepareProfile(root, repo, name) {
  const dir = path.join(root, 'runs', name);
  fs.rmSync(dir, { recursive: true, force: true });
  const profile = {
    dir,
    userData: path.join(dir, 'user-data'),
    extensions: path.join(dir, 'extensions'),
    workspace: path.join(dir, 'workspace'),
    results: path.join(dir, 'results.json'),
    testHost: path.join(dir, 'test-host'),
  };
  fs.mkdirSync(path.join(profile.userData, 'User'), { recursive: true });
  fs.mkdirSync(profile.extensions, { recursive: true });
  fs.writeFileSync(path.join(profile.userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  fs.cpSync(path.join(repo, 'test', 'e2e', 'workspace'), profile.workspace, { recursive: true });
  fs.mkdirSync(profile.testHost);
  const host = { name: 'reportlint-e2e-host', publisher: 'reportlint-tests', version: '0.0.0', engines: { vscode: '^1.100.0' }, extensionKind: ['workspace'] };
  fs.writeFileSync(path.join(profile.testHost, 'package.json'), JSON.stringify(host, null, 2));
  return profile;
}
