import * as assert from 'assert';
import { ParsedBlock } from '../../../server/src/engine/markdown/parsed-block';
import type { ListItem } from '../../../server/src/engine/markdown/blocks';

// A parsed block packs a heading's level and Setext flag into one number and keeps a list's details in an
// object: whatever is written in whatever order reads back as written, as with a field each.

describe('parsed block details', () => {
  it('read back as written, in any order and with any value', () => {
    const levels = [undefined, 1, 2, 6, 7, 8, 0, 2.5, -1];
    const setexts = [undefined, false, true];
    const ordereds = [undefined, false, true];
    const itemLists: Array<ListItem[] | undefined> = [undefined, [], [{ line: 0, marker: '-' }]];
    for (const headingLevel of levels) {
      for (const setext of setexts) {
        for (const ordered of ordereds) {
          for (const items of itemLists) {
            const writes: Array<(b: ParsedBlock) => void> = [
              (b) => (b.headingLevel = headingLevel),
              (b) => (b.setext = setext),
              (b) => (b.ordered = ordered),
              (b) => (b.items = items),
            ];
            for (const order of [[0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2], [2, 0, 3, 1]]) {
              const block = new ParsedBlock(3, 5, 'heading');
              for (const i of order) writes[i](block);
              const { start, end, kind } = block;
              assert.deepStrictEqual({ start, end, kind, headingLevel: block.headingLevel, setext: block.setext, ordered: block.ordered, items: block.items },
                { start: 3, end: 5, kind: 'heading', headingLevel, setext, ordered, items }, JSON.stringify({ headingLevel, setext, ordered, items, order }));
            }
          }
        }
      }
    }
  });

  it('rewrites a heading level and flag in place', () => {
    const block = new ParsedBlock(0, 1, 'heading');
    block.headingLevel = 2;
    block.setext = true;
    block.headingLevel = 3;
    block.setext = false;
    assert.deepStrictEqual([block.headingLevel, block.setext, block.ordered, block.items], [3, false, undefined, undefined]);
    block.headingLevel = undefined;
    assert.deepStrictEqual([block.headingLevel, block.setext], [undefined, false]);
  });
});
