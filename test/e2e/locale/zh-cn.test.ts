import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, codeOf, findCodeAction, openReport, waitForCodes, waitForStatus } from '../helpers';

describe('with the display language set to Chinese (zh-cn)', () => {
  afterEach(closeAll);

  it('runs with VS Code in zh-cn', () => {
    assert.strictEqual(vscode.env.language, 'zh-cn');
  });

  it('reads the diagnostics and quick fixes in Chinese', async () => {
    const { document } = await openReport('agency-report.md');
    const diagnostics = await waitForCodes(document.uri, ['missing-section', 'numbering-sequence']);
    const byCode = new Map(diagnostics.map((d) => [codeOf(d), d]));
    assert.strictEqual(byCode.get('numbering-sequence')?.message, '序号不连续：应为“（三）”，实为“（四）”。');
    assert.strictEqual(byCode.get('missing-section')?.message, '缺少模板 zh-model-agency 要求的章节“存在的不足”，应位于“主要做法”与“下步工作思路”之间。');
    await findCodeAction(document.uri, byCode.get('missing-section')!.range, (a) => a.title === '插入章节“存在的不足”');
  });

  it('shows the report status in Chinese', async () => {
    const { document } = await openReport('agency-report.md');
    assert.strictEqual(await waitForStatus(document.uri, /提纲/), '$(checklist) 提纲 2/3 · 数据 0');
  });

  it('checks an English report in Chinese too: messages follow the editor, not the report', async () => {
    const { document } = await openReport('status-report.md');
    const [missing] = await waitForCodes(document.uri, ['missing-section']);
    assert.match(missing.message, /^缺少模板 en-status-report 要求的章节“Risks”/);
  });
});
