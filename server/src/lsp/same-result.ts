import type { CheckResult } from '../engine/engine';
import type { Finding, Fix } from '../engine/types';

/**
 * Whether two checks of a document give the same diagnostics: no problems (they may be shown on the
 * first line, which an edit can change) and the same findings — mostly the very same objects, as the
 * engine keeps what an edit did not touch; else equal in every field.
 */
export function sameResult(a: CheckResult, b: CheckResult): boolean {
  if (a.problems.length || b.problems.length || a.findings.length !== b.findings.length) return false;
  try {
    for (let i = 0; i < a.findings.length; i++) if (a.findings[i] !== b.findings[i] && !sameFinding(a.findings[i], b.findings[i])) return false;
    return true;
  } finally {
    lastPair.a = lastPair.b = undefined; // not to keep the last result's fixes alive
  }
}

function sameFinding(a: Finding, b: Finding): boolean {
  const x = a.range;
  const y = b.range;
  return a.ruleId === b.ruleId && a.severity === b.severity && a.message === b.message &&
    x.start.line === y.start.line && x.start.character === y.start.character && x.end.line === y.end.line && x.end.character === y.end.character &&
    sameFixes(a.fixes, b.fixes) && JSON.stringify(a.data) === JSON.stringify(b.data);
}

/**
 * Fixes compared by identity, else by their text, each fix written out once: the findings of a numbering
 * group share one renumbering fix with an edit per heading, and writing it out for each finding made a
 * keystroke in a report of 2,000 misnumbered headings take 12 s.
 */
function sameFixes(a: readonly Fix[] | undefined, b: readonly Fix[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !sameFix(a[i], b[i])) return false;
  return true;
}

/** The last two fixes compared, and whether they read the same: the findings sharing a fix come one after another. */
const lastPair: { a: Fix | undefined; b: Fix | undefined; same: boolean } = { a: undefined, b: undefined, same: false };

function sameFix(a: Fix, b: Fix): boolean {
  if (lastPair.a !== a || lastPair.b !== b) {
    lastPair.a = a;
    lastPair.b = b;
    lastPair.same = fixText(a) === fixText(b); // a renumbering fix's text is a few hundred KB: compared once
  }
  return lastPair.same;
}

const fixTexts = new WeakMap<Fix, string>();

function fixText(fix: Fix): string {
  let text = fixTexts.get(fix);
  if (text === undefined) fixTexts.set(fix, (text = JSON.stringify(fix)));
  return text;
}
