// NEXTAUTH_SECRET for installations that don't set one: generated on first start into .data/secret (mode 0600) and
// reused on every later start, so sessions survive restarts. An explicit NEXTAUTH_SECRET always wins.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const DEFAULT_SECRET_FILE = path.resolve(process.cwd(), ".data", "secret");

export interface SecretResult {
  secret: string;
  source: "env" | "file" | "generated";
  file?: string;
}

export function loadOrCreateSecret(
  file = DEFAULT_SECRET_FILE,
  env: Readonly<Record<string, string | undefined>> = process.env,
): SecretResult {
  const given = env.NEXTAUTH_SECRET?.trim();
  if (given) return { secret: given, source: "env" };
  const read = (): string | null => {
    try {
      const s = fs.readFileSync(file, "utf8").trim();
      return s.length >= 32 ? s : null;
    } catch {
      return null;
    }
  };
  const existing = read();
  if (existing) return { secret: existing, source: "file", file };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  try {
    // "wx": if another process creates it at the same moment, keep theirs.
    fs.writeFileSync(file, secret + "\n", { mode: 0o600, flag: fs.existsSync(file) ? "w" : "wx" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    const theirs = read();
    if (theirs) return { secret: theirs, source: "file", file };
    throw e;
  }
  return { secret, source: "generated", file };
}
