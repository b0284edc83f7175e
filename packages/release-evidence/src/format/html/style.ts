/**
 * The page's only stylesheet. The Content-Security-Policy allows exactly this text by its SHA-256 hash, so neither
 * an injected `<style>` nor a `style` attribute would apply. No line starts with `:`: the CLI's sink escapes such a
 * line (it could be a workflow command), which would change the text and its hash. Colours keep WCAG AA contrast (4.5:1) for their text.
 */
import { html } from './escape.js';

export const STYLE = html`
html { color-scheme: light; --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --paper: #ffffff; }
* { box-sizing: border-box; }
body { margin: 0; background: #f6f8fa; color: var(--ink); font: 15px/1.45 system-ui, "DejaVu Sans", sans-serif; }
main { max-width: 1180px; margin: 0 auto; padding: 24px; }
h1 { font-size: 26px; margin: 4px 0 12px; }
h2 { font-size: 19px; margin: 28px 0 10px; }
section, header.banner { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin-bottom: 16px; }
section > h2:first-child { margin-top: 0; }
.eyebrow { margin: 0; color: var(--muted); font-size: 13px; text-transform: uppercase; letter-spacing: .06em; }
header.banner { border-left: 10px solid var(--muted); }
header.banner.ready { border-left-color: #1a7f37; background: #eaf6ec; }
header.banner.deferred { border-left-color: #0a58ca; background: #eaf1fc; }
header.banner.awaiting { border-left-color: #8a5a00; background: #fdf4e3; }
header.banner.blocked { border-left-color: #b42318; background: #fdeceb; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; color: var(--muted); padding-bottom: 6px; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
th.gate { min-width: 11em; }
th.required { min-width: 5em; }
th.status { min-width: 9em; }
th.evidence { min-width: 13em; }
th.age-column { min-width: 16em; }
th { font-size: 13px; color: var(--muted); font-weight: 600; }
code { font: 13px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; }
ul.plain { margin: 0; padding-left: 18px; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; color: #ffffff; font-size: 13px; font-weight: 600; overflow-wrap: anywhere; }
.badge.pass, .badge.ready { background: #1a7f37; }
.badge.deferred { background: #0a58ca; }
.badge.fail { background: #b42318; }
.badge.invalid, .badge.blocked { background: #7a1010; }
.badge.stale, .badge.awaiting { background: #8a5a00; }
.badge.missing, .badge.unknown { background: #57606a; }
.badge.mismatch { background: #6f42c1; }
.note { color: var(--muted); margin: 4px 0 0; }
.age { display: block; margin: 2px 0 4px; }
svg .track { fill: #e6e9ed; }
svg .ok { fill: #1a7f37; }
svg .near { fill: #bf8700; }
svg .over { fill: #b42318; }
svg .left { fill: #0a58ca; }
svg .gone { fill: #8c959f; }
svg .soon { fill: #fdf4e3; }
svg .now { stroke: #1f2328; stroke-width: 2; }
.warnings { border-left: 6px solid #8a5a00; }
footer { color: var(--muted); font-size: 13px; padding: 0 4px; }
`;

/**
 * `'sha256-<base64>'` of `STYLE`, the CSP source that allows it. A constant, so rendering stays synchronous like every
 * other format (Web Crypto only digests asynchronously); page.test.ts recomputes it and fails, naming the new value,
 * when the stylesheet changes, and the Chromium test checks that the browser applies the stylesheet.
 */
export const STYLE_SOURCE = "'sha256-I7QdklGlH1u3OQzyiV/duUtWTyNssoeufXSAJs1aygA='";
