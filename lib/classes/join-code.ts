// Join codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 40 bits from crypto.
import crypto from "node:crypto";

const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const JOIN_CODE_LENGTH = 8;

export function newJoinCode(): string {
  const bytes = crypto.randomBytes(JOIN_CODE_LENGTH);
  let out = "";
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return out;
}

/** What a learner typed → the stored form (upper case, spaces and dashes dropped). */
export function normalizeJoinCode(input: string): string {
  return input.replace(/[\s-]+/g, "").toUpperCase();
}
