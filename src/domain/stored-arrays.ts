/**
 * The `*_array` and `available_backups` columns hold JSON text or NULL; NULL and '[]' mean the
 * same (docs/compatibility/upload.md#message-arrays), and a damaged value reads as an empty list rather than a failed request.
 */
export function parseStoredStringArray(text: string | null): string[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
}
