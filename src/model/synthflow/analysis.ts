import { glossary } from '../../strings';
import type { AnalysisItem } from '../call-record';
import { feedbackOf, isPairedFeedback, verdictOf } from '../vendors/synthflow/analysis';

/**
 * The LLM judge's verdicts for the old card, each paired with its `<key>_feedback` text; the rules
 * live in vendors/synthflow/analysis.ts.
 */
export function readAnalysis(analysis: Record<string, unknown>): AnalysisItem[] {
  const items: AnalysisItem[] = [];
  for (const key of Object.keys(analysis)) {
    if (isPairedFeedback(analysis, key)) continue;
    const raw = analysis[key];
    const item: AnalysisItem = { key, label: analysisLabel(key), value: verdictOf(raw), raw };
    const feedback = feedbackOf(analysis, key);
    if (feedback !== undefined) item.feedback = feedback;
    items.push(item);
  }
  return items;
}

/** "answered_by_human" -> "Answered by a human" (glossary), "lead_quality" -> "Lead quality". */
export function analysisLabel(key: string): string {
  if (Object.hasOwn(glossary.analysisKeys, key)) {
    const known = glossary.analysisKeys[key];
    if (known !== undefined) return known;
  }
  const words = key.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
