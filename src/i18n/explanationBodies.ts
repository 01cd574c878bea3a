// The Explain panels' long texts in both languages: a chunk of their own (see ExplanationBody).
import { explanationBodies as en } from './en/explanationBodies';
import { explanationBodies as zh } from './zh/explanationBodies';

export const EXPLANATION_BODIES = { en, zh };
