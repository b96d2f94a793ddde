import * as path from 'path';
import { blockImages, imageFile } from '../text/images';
import { range, type Range } from '../types';
import type { Rule, RuleContext } from './types';

const MESSAGES = {
  stale: {
    en: 'Chart "{image}" is older than its data file "{data}" (changed {dataTime}, chart drawn {imageTime}): redraw it.',
    'zh-cn': '图表“{image}”早于其数据文件“{data}”（数据修改于 {dataTime}，图表生成于 {imageTime}），请重新生成图表。',
  },
  noData: { en: 'Data file "{data}" of chart "{image}" not found.', 'zh-cn': '图表“{image}”的数据文件“{data}”不存在。' },
};

function time(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

/** Where each chart image appears in the body, by absolute path. */
function imageRanges(ctx: RuleContext, dir: string): Map<string, Range[]> {
  const out = new Map<string, Range[]>();
  for (const block of ctx.doc.blocks) {
    for (const image of blockImages(block, ctx.doc.lines)) {
      const file = image.src === undefined ? undefined : imageFile(image.src, dir);
      if (!file) continue;
      const line = block.start + image.line;
      const ranges = out.get(file);
      const at = range(line, image.targetStart, line, image.targetEnd);
      if (ranges) ranges.push(at); // not a copy per use of the image
      else out.set(file, [at]);
    }
  }
  return out;
}

/**
 * A chart older than the data it is drawn from. The front matter maps each chart image to its data
 * file (`charts: {charts/visits.png: data/visits.csv}`, both relative to the report); a chart whose
 * file was modified before its data file's was drawn from older data.
 */
export const staleImage: Rule = {
  id: 'stale-image',
  description: { en: 'A chart image older than the data file it is drawn from (front matter charts:).', 'zh-cn': '图表图片早于其数据文件（见 front matter 的 charts:）。' },
  defaultSeverity: 'warning',
  options: {},
  run(ctx, report) {
    const charts = ctx.frontMatter.charts;
    if (!charts || !ctx.documentPath) return; // no charts declared
    const dir = path.dirname(ctx.documentPath);
    const inBody = imageRanges(ctx, dir);
    for (const [image, data] of Object.entries(charts)) {
      const imageAbs = path.resolve(dir, image);
      const dataAbs = path.resolve(dir, data);
      ctx.depend(imageAbs);
      ctx.depend(dataAbs);
      const declared = ctx.frontMatter.yaml?.locate(['charts', image]) ?? range(0, 0, 0, 0);
      const dataTime = ctx.host.fs.mtime(dataAbs);
      const imageTime = ctx.host.fs.mtime(imageAbs);
      if (dataTime === undefined) {
        report({ message: ctx.t(MESSAGES.noData, { image, data }), range: declared });
        continue;
      }
      if (imageTime === undefined || imageTime >= dataTime) continue; // a missing image is missing-image's
      const args = { image, data, dataTime: time(dataTime), imageTime: time(imageTime) };
      for (const at of inBody.get(imageAbs) ?? [declared]) report({ message: ctx.t(MESSAGES.stale, args), range: at, data: { image: imageAbs, data: dataAbs } });
    }
  },
};
