import * as path from 'path';
import { pathToFileURL } from 'url';
import { RULES, ruleDocUrl } from '../../engine/rules/registry';
import type { Severity } from '../../engine/types';
import type { FileFindings } from './types';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/** A SARIF 2.1.0 log for code-scanning tools. Paths are relative to `root` (the working directory). */
export function formatSarif(results: readonly FileFindings[], root: string, version: string): string {
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'reportlint',
            version,
            informationUri: 'https://github.com/reportlint/reportlint',
            rules: RULES.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description.en },
              helpUri: ruleDocUrl(r.id),
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(root).href.replace(/\/?$/, '/') } },
        results: results.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.ruleId,
            ruleIndex: index.get(f.ruleId) ?? -1,
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: relativeUri(root, r.file), uriBaseId: 'SRCROOT' },
                  region: {
                    startLine: f.range.start.line + 1,
                    startColumn: f.range.start.character + 1,
                    endLine: f.range.end.line + 1,
                    endColumn: f.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function relativeUri(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).map(encodeURIComponent).join('/');
}
