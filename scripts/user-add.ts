// npm run user:add -- --email E [--role learner|instructor|admin] [--name N] [--password-stdin]
// Creates an account. The password is asked for on the terminal (twice, not echoed) or read from stdin with
// --password-stdin; there is no default password. The first account of an installation always becomes admin.
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/db/client";
import { databaseForCommand } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { createUser, ROLES, UserError, validatePassword } from "../lib/users";
import type { Role } from "../lib/generated/prisma/enums";

const USAGE = `Usage: npm run user:add -- --email <email> [--role ${ROLES.join("|")}] [--name <name>] [--password-stdin]

  --email           the account's email (stored trimmed and lower-cased)
  --role            role of the account (default learner); the very first account always becomes admin
  --name            display name (default: the part of the email before @)
  --password-stdin  read the password from standard input instead of asking on the terminal
`;

class UsageError extends Error {}

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = "";
    process.stdin.setEncoding("utf8");
    process.stdin.on("data", (c) => (data += c));
    process.stdin.on("end", () => resolve(data));
    process.stdin.on("error", reject);
  });
}

/** Reads a line from the terminal without echoing it. */
function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stdout.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding("utf8");
    let value = "";
    const done = (err?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener("data", onData);
      process.stdout.write("\n");
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") return done();
        if (ch === "\u0003") return done(new UsageError("cancelled"));
        if (ch === "\u0004") return done();
        if (ch === "\u007f" || ch === "\b") value = [...value].slice(0, -1).join("");
        else if (ch >= " ") value += ch;
      }
    };
    stdin.on("data", onData);
  });
}

async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) {
    const raw = await readStdin();
    const pw = raw.replace(/\r?\n$/, "");
    if (!pw) throw new UsageError("--password-stdin: nothing was read from standard input");
    return pw;
  }
  if (!process.stdin.isTTY) {
    throw new UsageError(
      "No terminal to ask for the password: pipe it in with --password-stdin (e.g. printf '%s' \"$PW\" | npm run user:add -- ... --password-stdin)",
    );
  }
  for (;;) {
    const pw = await askHidden("Password: ");
    try {
      validatePassword(pw);
    } catch (e) {
      console.error((e as Error).message);
      continue;
    }
    const again = await askHidden("Repeat password: ");
    if (again === pw) return pw;
    console.error("The passwords do not match; try again.");
  }
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        email: { type: "string" },
        role: { type: "string" },
        name: { type: "string" },
        "password-stdin": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
    }).values;
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  if (!args.email) throw new UsageError("--email is required");
  const role = (args.role ?? "learner") as Role;
  if (!(ROLES as readonly string[]).includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(", ")} (got "${args.role}")`);
  const email = args.email.trim();
  const name = args.name?.trim() || email.split("@")[0]!.trim();

  const password = await readPassword(args["password-stdin"]);
  validatePassword(password);

  const db = await databaseForCommand((l) => console.error(`[user:add] ${l}`));
  const prisma = createPrismaClient(db.url, { max: 2 });
  try {
    await migrate({ url: db.url });
    const user = await createUser(prisma, { email, name, password, role });
    const note = user.role !== role ? ` (the first account of an installation is always admin)` : "";
    console.log(`Created ${user.role} account ${user.email} ("${user.name}")${note}.`);
    return 0;
  } finally {
    await prisma.$disconnect().catch(() => {});
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: Error) => {
    if (e instanceof UsageError) console.error(`user:add: ${e.message}\n\n${USAGE}`);
    else if (e instanceof UserError) console.error(`user:add: ${e.message}`);
    else console.error(`user:add: ${e.message}`);
    process.exit(e instanceof UsageError && e.message === "cancelled" ? 130 : 1);
  },
);
