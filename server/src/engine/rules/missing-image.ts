import * as path from 'path';
import { blockImages, imageFile, referenceDefinitions, type ImageRef } from '../text/images';
import { range, type Range } from '../types';
import type { Rule } from './types';

const MESSAGES = {
  missing: { en: 'Image file "{src}" not found.', 'zh-cn': '图片文件“{src}”不存在。' },
  undefinedRef: { en: 'Image reference [{label}] has no definition.', 'zh-cn': '图片引用 [{label}] 没有定义。' },
};

/** `![图1](charts/visits.png)` whose file does not exist next to the report. URLs are not checked. */
export const missingImage: Rule = {
  id: 'missing-image',
  description: { en: 'A Markdown image whose file does not exist.', 'zh-cn': 'Markdown 图片引用的文件不存在。' },
  defaultSeverity: 'error',
  options: {},
  run(ctx, report) {
    if (!ctx.documentPath) return; // an untitled document has no folder to resolve images in
    const dir = path.dirname(ctx.documentPath);
    let definitions: Map<string, string> | undefined;
    const blocks = ctx.doc.blocks;
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b];
      const images = blockImages(block, ctx.doc.lines);
      for (let i = 0; i < images.length; i++) {
        const image = images[i];
        let src = image.src;
        if (image.label !== undefined) {
          definitions ??= referenceDefinitions(ctx.doc);
          src = definitions.get(image.label);
          if (src === undefined) {
            if (image.label && !image.shortcut) report({ message: ctx.t(MESSAGES.undefinedRef, { label: image.label }), range: targetRange(block.start, image) });
            continue;
          }
        }
        const file = src === undefined ? undefined : imageFile(src, dir);
        if (!file) continue;
        ctx.depend(file);
        if (ctx.host.fs.mtime(file) === undefined) report({ message: ctx.t(MESSAGES.missing, { src: src! }), range: targetRange(block.start, image), data: { file } });
      }
    }
  },
};

/** Where an image's target is written: made only for a finding, not for every image of the report. */
function targetRange(blockStart: number, image: ImageRef): Range {
  const line = blockStart + image.line;
  return range(line, image.targetStart, line, image.targetEnd);
}
