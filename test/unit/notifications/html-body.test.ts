import { describe, expect, it } from 'vitest';
import { htmlFromText } from '../../../src/domain/notifications/html-body.ts';

describe('htmlFromText', () => {
  it('turns newlines into <br>, addresses into links, **x** into bold and *x* into italic', () => {
    expect(htmlFromText('**Backup** done\nsee http://nas:8200/ngax/index.html *now*')).toBe(
      '<strong>Backup</strong> done<br>\nsee <a href="http://nas:8200/ngax/index.html" target="_blank" rel="noopener noreferrer">http://nas:8200/ngax/index.html</a> <em>now</em>',
    );
  });

  it('leaves sentence punctuation after an address out of the link', () => {
    expect(htmlFromText('Check https://host/path.')).toBe(
      'Check <a href="https://host/path" target="_blank" rel="noopener noreferrer">https://host/path</a>.',
    );
  });

  it('keeps a * inside an address part of the address', () => {
    expect(htmlFromText('https://host/a*b*c')).toContain('href="https://host/a*b*c"');
  });

  it('escapes an address with & and a query', () => {
    expect(htmlFromText('https://h/?a=1&b=2')).toContain('href="https://h/?a=1&amp;b=2"');
  });

  it('keeps hostile text as text: tags, attributes, quotes and javascript: addresses', () => {
    const hostile =
      '<script>alert(1)</script> <img src=x onerror="alert(2)"> "quoted" \'single\' ' +
      'javascript:alert(3) https://evil.example/"><script>alert(4)</script> **<b>bold</b>** \u0000 & done';
    const html = htmlFromText(hostile);
    expect(html).not.toMatch(/<script|<img|<b>|onerror="/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;quoted&quot; &#39;single&#39;');
    expect(html).toContain(
      '<a href="https://evil.example/" target="_blank" rel="noopener noreferrer">https://evil.example/</a>&quot;&gt;&lt;script&gt;',
    );
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('<strong>&lt;b&gt;bold&lt;/b&gt;</strong>');
    expect(html).toContain('&amp; done');
    // Every < or > in the output belongs to one of the tags this function writes.
    const tags = html.match(/<[^>]*>/g) ?? [];
    for (const tag of tags)
      expect(tag).toMatch(/^<(br|strong|\/strong|em|\/em|\/a|a href="https:\/\/[^"<>]*" target="_blank" rel="noopener noreferrer")>$/);
  });

  it('cannot be led to write a link by text that imitates its placeholder', () => {
    expect(htmlFromText('\u00000\u0000 https://a/')).toBe(
      '\uFFFD0\uFFFD <a href="https://a/" target="_blank" rel="noopener noreferrer">https://a/</a>',
    );
  });
});
