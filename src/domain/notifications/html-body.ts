/**
 * The HTML part of a notification e-mail (docs/compatibility/notifications.md#email): duplistatus's conversion of the plain text
 * (newlines → `<br>`, web addresses → links, `**x**` → bold, `*x*` → italic), but with the text
 * escaped first. duplistatus inserts the text as it is, so a backup name or a log line holding
 * markup would be markup in the e-mail; here every character of the text stays text (docs/compatibility/notifications.md#how-dupligraph-fills-the-values).
 */

const URL_PATTERN = /https?:\/\/[^\s<>"'`]+/g;
/** Punctuation that ends a sentence rather than the address ("see https://host/path."). */
const TRAILING_PUNCTUATION = /[.,;:!?)\]}*]+$/;
const SENTINEL = '\u0000';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

export function htmlFromText(text: string): string {
  const links: string[] = [];
  // Addresses are set aside before the emphasis rules run, so a `*` inside one stays part of it.
  const withoutLinks = text.replaceAll(SENTINEL, '\uFFFD').replace(URL_PATTERN, (found) => {
    const url = found.replace(TRAILING_PUNCTUATION, '');
    links.push(url);
    return `${SENTINEL}${links.length - 1}${SENTINEL}${found.slice(url.length)}`;
  });
  const html = escapeHtml(withoutLinks)
    .replace(/\*\*([^*\n]+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*\n]+?)\*/g, '<em>$1</em>')
    .replace(/\r?\n/g, '<br>\n');
  return html.replace(/\u0000(\d+)\u0000/g, (_, index: string) => {
    const url = escapeHtml(links[Number(index)]!);
    return `<a href="${url}" target="_blank" rel="noopener noreferrer">${url}</a>`;
  });
}
