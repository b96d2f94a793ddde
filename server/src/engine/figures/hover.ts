import * as path from 'path';
import { format, type Locale } from '../i18n';
import { formatNumber } from '../text/numbers';
import type { FigureDescription } from './bind';

const TEXT = {
  current: {
    en: '**{label}**: {value}{unit} as of {asOf} ({file}) — the report agrees.',
    'zh-cn': '**{label}**：{value}{unit}，截至 {asOf}（{file}）——与报告一致。',
  },
  differs: {
    en: '**{label}**: {value}{unit} as of {asOf} ({file}) — the report says {written}.',
    'zh-cn': '**{label}**：{value}{unit}，截至 {asOf}（{file}）——报告写的是{written}。',
  },
  noDate: { en: 'an unknown date', 'zh-cn': '日期不详' },
};

/** What hovering a figure bound to the data file shows: the file's value, unit and as-of date (Markdown). */
export function figureHoverText(figure: FigureDescription, locale: Locale): string {
  const unit = /^[A-Za-z]/.test(figure.unit) ? ' ' + figure.unit : figure.unit;
  const args = {
    label: figure.label, value: formatNumber(figure.value), unit, written: figure.written,
    asOf: figure.asOf ?? format(TEXT.noDate, locale), file: path.basename(figure.file),
  };
  return format(figure.current ? TEXT.current : TEXT.differs, locale, args);
}
