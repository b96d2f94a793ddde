import * as assert from 'assert';
import { ReportDocument } from '../../../server/src/engine/document';
import { inconsistentFigure } from '../../../server/src/engine/rules/inconsistent-figure';
import type { RuleContext, RuleFinding } from '../../../server/src/engine/rules/types';
import { blockFigures, type TextFigure } from '../../../server/src/engine/text/quantities';

/** The rule run on its own over a document, with the figure lists given (as the engine gathers them). */
function run(doc: ReportDocument, lists: Array<readonly TextFigure[]>): string[] {
  const starts = Int32Array.from(doc.blocks.filter((b) => blockFigures(b, doc.lines).length).map((b) => b.start));
  const ctx = { doc, locale: 'en', options: { maxAmounts: 2 } } as unknown as RuleContext;
  const found: RuleFinding[] = [];
  inconsistentFigure.run!(ctx, (f) => void found.push(f), { lists, starts });
  return found.map((f) => f.message);
}

const listsOf = (doc: ReportDocument) => doc.blocks.map((b) => blockFigures(b, doc.lines)).filter((l) => l.length);

describe('inconsistent-figure after a run that failed halfway', () => {
  it('words the next run\'s messages from that run\'s figures only', () => {
    // A run that throws after it has worded one message (the rule's error is reported by the engine, which goes on).
    const broken = new ReportDocument('开展学习19次。\n\n开展学习20次。\n\n组织培训5场。\n\n组织培训6场。\n');
    const lists = listsOf(broken);
    const last = lists[3][0];
    const throwing = new Proxy(last, { get: (target, key) => (key === 'names' ? assert.fail('a figure that cannot be read') : Reflect.get(target, key)) });
    assert.throws(() => run(broken, [lists[0], lists[1], lists[2], [throwing]]), /cannot be read/);
    // The next document's first 开展学习 is another figure at the same place among the firsts.
    const next = new ReportDocument('开展学习7次。\n\n开展学习8次。\n');
    assert.deepStrictEqual(run(next, listsOf(next)), ['"开展学习" is given as 8次 here but as 7次 at line 1.']);
  });
});
