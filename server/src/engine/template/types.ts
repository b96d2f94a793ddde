/** One section a template expects. */
export interface TemplateSection {
  id: string;
  title: string;
  aliases: string[];
  match?: RegExp;
  required: boolean;
  repeatable: boolean;
  minBodyLength: number;
  collectUnmatched: boolean;
  inParagraph?: RegExp;
  guidance?: string;
  children?: {
    min?: number;
    max?: number;
    sections: TemplateSection[];
  };
}

/** A report template: the sections a kind of report must have, in order. */
export interface Template {
  id: string;
  name: string;
  description?: string;
  language: 'zh' | 'en';
  /** Title patterns for auto-detection. */
  detect: RegExp[];
  sections: TemplateSection[];
  /** `builtin:<id>` or the file's absolute path. */
  source: string;
}
