import * as assert from 'assert';
import { CLI_INLINING_BUDGET, cliV8Flags } from '../../../server/src/cli/jit';

describe('CLI V8 flags', () => {
  it('sets the inlining budget when the user did not', () => {
    assert.deepStrictEqual(cliV8Flags([], undefined), [`--max-inlined-bytecode-size-cumulative=${CLI_INLINING_BUDGET}`]);
    assert.deepStrictEqual(cliV8Flags(['--enable-source-maps'], '--max-old-space-size=4096'), [`--max-inlined-bytecode-size-cumulative=${CLI_INLINING_BUDGET}`]);
  });

  it('leaves the budget to the user who set it, on the command line or in NODE_OPTIONS, in either spelling', () => {
    assert.deepStrictEqual(cliV8Flags(['--max-inlined-bytecode-size-cumulative=920'], undefined), []);
    assert.deepStrictEqual(cliV8Flags([], '--inspect --max_inlined_bytecode_size_cumulative=500'), []);
    assert.deepStrictEqual(cliV8Flags(['--max-inlined-bytecode-size-cumulative', '500'], ''), []);
  });
});
