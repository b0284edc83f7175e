/**
 * The template's own image-safety check. It is rule based on purpose: a reference template must run offline and
 * deterministically. A product swaps in its reviewer while keeping the same decision shape.
 */
export type SafetyDecision = 'allow' | 'block' | 'escalate';

export type SafetyReason =
  | 'clean'
  | 'prompt-term'
  | 'provider-score'
  | 'ambiguous-score'
  | 'not-an-image'
  | 'too-large';

export interface SafetyInput {
  readonly prompt: string;
  readonly image: Uint8Array;
  /** The provider's own unsafe-content score, 0..1. */
  readonly providerScore: number;
}

export interface SafetyReview {
  readonly decision: SafetyDecision;
  readonly reason: SafetyReason;
}

export const SAFETY_RULES = {
  blockedPromptTerms: ['gore', 'weapon', 'explicit', 'violence', 'self-harm'],
  blockScore: 0.8,
  escalateScore: 0.5,
  maxImageBytes: 10 * 1024 * 1024,
} as const;

// Magic numbers of the formats the Worker accepts from a provider.
const SIGNATURES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x52, 0x49, 0x46, 0x46], // RIFF (WebP)
];

export function reviewImage(input: SafetyInput): SafetyReview {
  if (!hasImageSignature(input.image)) return { decision: 'block', reason: 'not-an-image' };
  if (input.image.byteLength > SAFETY_RULES.maxImageBytes) return { decision: 'block', reason: 'too-large' };
  if (mentionsBlockedTerm(input.prompt)) return { decision: 'block', reason: 'prompt-term' };
  // An invalid score is treated as the worst score: the provider did not vouch for the image.
  const score = Number.isFinite(input.providerScore) ? input.providerScore : 1;
  if (score >= SAFETY_RULES.blockScore) return { decision: 'block', reason: 'provider-score' };
  if (score >= SAFETY_RULES.escalateScore) return { decision: 'escalate', reason: 'ambiguous-score' };
  return { decision: 'allow', reason: 'clean' };
}

function hasImageSignature(image: Uint8Array): boolean {
  return SIGNATURES.some((signature) => signature.every((byte, index) => image[index] === byte));
}

function mentionsBlockedTerm(prompt: string): boolean {
  const words = prompt.toLowerCase().split(/[^a-z-]+/);
  return words.some((word) => (SAFETY_RULES.blockedPromptTerms as readonly string[]).includes(word));
}
