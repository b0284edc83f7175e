import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

/** Renders Markdown as GitHub does: GFM, with raw HTML let through (GitHub sanitises it, but still renders tags). */
export function renderGfm(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

/** The names of every HTML element in the rendered output. */
export function tagNames(html: string): Set<string> {
  return new Set(
    [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]{0,20})/g)].map((match) => (match[1] as string).toLowerCase()),
  );
}

/** The text of every code element, with the entities micromark writes decoded. */
export function codeTexts(html: string): string[] {
  return [...html.matchAll(/<code>([^<]{0,100000})<\/code>/g)].map((match) => decodeEntities(match[1] as string));
}

/** The HTML with every code element removed: what is left is where a mention or autolink could still be made. */
export function outsideCode(html: string): string {
  return html.replace(/<code>[^<]{0,100000}<\/code>/g, '');
}

function decodeEntities(text: string): string {
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}
