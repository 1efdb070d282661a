import type { DocumentNode } from 'graphql';

/**
 * `compute` remembered per parsed document and operation name. Yoga's parser cache hands back the
 * same document object for the same text, so what a plugin works out from an operation's text
 * alone is worked out once, and forgotten with the document.
 */
export function perOperation<T>(
  compute: (document: DocumentNode, operationName: string | null | undefined) => T,
): (document: DocumentNode, operationName: string | null | undefined) => T {
  const byDocument = new WeakMap<DocumentNode, Map<string, T>>();
  return (document, operationName) => {
    let byName = byDocument.get(document);
    if (!byName) {
      byName = new Map();
      byDocument.set(document, byName);
    }
    const key = operationName ?? '';
    if (byName.has(key)) return byName.get(key) as T;
    const value = compute(document, operationName);
    byName.set(key, value);
    return value;
  };
}
