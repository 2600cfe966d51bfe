// Ids in addresses and bodies: a row id is a UUID, and anything else is the 404 of an unknown row — checked before
// it reaches a query, where PostgreSQL would refuse it with an error (a 500).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}
