/** `active: true` → open alerts, `false` → resolved ones, absent → all. */
export function activeAlertWhere(active: boolean | null | undefined) {
  if (active === true) return { resolvedAt: null };
  if (active === false) return { resolvedAt: { not: null } };
  return {};
}
