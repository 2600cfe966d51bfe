// npm run lti:register -- --issuer I --client-id C --deployment-id D [--deployment-id D2 …] --auth-url A --token-url T
//                         --jwks-url J [--name N] [--url ORIGIN]
// npm run lti:register -- --list [--url ORIGIN]     npm run lti:register -- --urls [--url ORIGIN]
// Registers an LMS platform for LTI 1.3, as the form on /admin/lti does, or updates the one with the same issuer and
// client id (its URLs replaced, its name only when --name is given, the deployment ids added), in DATABASE_URL's
// database (else the embedded one of `npm start`, like user:add); --list shows the registered platforms. Every run
// prints Kakunin's URLs to paste into the LMS, on --url's origin, else NEXTAUTH_URL's, else http://localhost:$PORT.
// Exit 0 done, 2 bad or missing options (with the usage), 1 anything else; never a stack trace.
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/db/client";
import { databaseForCommand } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { listPlatforms, PlatformInput, registerPlatform } from "../lib/lti/platforms";
import { toolUrls } from "../lib/lti/urls";

const USAGE = `Usage:
  npm run lti:register -- --issuer <url> --client-id <id> --deployment-id <id> [--deployment-id <id> ...]
                          --auth-url <url> --token-url <url> --jwks-url <url> [--name <name>] [--url <origin>]
  npm run lti:register -- --list [--url <origin>]
  npm run lti:register -- --urls [--url <origin>]

Registers an LMS (LTI 1.3 platform) with Kakunin, or updates the registration with the same issuer and client id
(its URLs and name are replaced, deployment ids are added). The values come from the LMS's registration of Kakunin:

  --issuer          Moodle: "Platform ID"; Canvas: https://canvas.instructure.com
  --client-id       Moodle: "Client ID"; Canvas: the developer key's number
  --deployment-id   Moodle: "Deployment ID"; Canvas: the app's "Deployment Id" (repeat, or separate with commas)
  --auth-url        Moodle: "Authentication request URL"; Canvas: https://sso.canvaslms.com/api/lti/authorize_redirect
  --token-url       Moodle: "Access token URL"; Canvas: https://sso.canvaslms.com/login/oauth2/token
  --jwks-url        Moodle: "Public keyset URL"; Canvas: https://sso.canvaslms.com/api/lti/security/jwks
  --name            a name for you (optional)
  --list            show the registered platforms instead
  --urls            only print Kakunin's URLs for the LMS (no database needed)
  --url             Kakunin's public address (default: NEXTAUTH_URL, else http://localhost:3000)

The database is DATABASE_URL's, else the embedded one of \`npm start\`. Details: docs/LTI.md.
`;

class UsageError extends Error {}

/** Option name → PlatformInput field. */
const OPTION_OF: Record<string, string> = {
  name: "--name",
  issuer: "--issuer",
  clientId: "--client-id",
  deploymentIds: "--deployment-id",
  authLoginUrl: "--auth-url",
  accessTokenUrl: "--token-url",
  jwksUrl: "--jwks-url",
};
const REQUIRED = ["--issuer", "--client-id", "--deployment-id", "--auth-url", "--token-url", "--jwks-url"] as const;

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        issuer: { type: "string" },
        "client-id": { type: "string" },
        "deployment-id": { type: "string", multiple: true },
        "auth-url": { type: "string" },
        "token-url": { type: "string" },
        "jwks-url": { type: "string" },
        name: { type: "string" },
        url: { type: "string" },
        list: { type: "boolean", default: false },
        urls: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** Kakunin's public origin: --url, else NEXTAUTH_URL, else http://localhost:$PORT. */
function originOf(url: string | undefined): { origin: string; from: string } {
  const pick = (value: string, from: string) => {
    let u: URL;
    try {
      u = new URL(value.trim());
    } catch {
      throw new UsageError(`${from} must be an http(s) URL such as https://kakunin.example.edu (got "${value}")`);
    }
    if (u.protocol !== "http:" && u.protocol !== "https:") throw new UsageError(`${from} must be an http(s) URL (got "${value}")`);
    return { origin: u.origin, from };
  };
  if (url !== undefined) return pick(url, "--url");
  if (process.env.NEXTAUTH_URL?.trim()) return pick(process.env.NEXTAUTH_URL, "NEXTAUTH_URL");
  return { origin: `http://localhost:${process.env.PORT?.trim() || 3000}`, from: "the default" };
}

function printUrls({ origin, from }: { origin: string; from: string }): void {
  const u = toolUrls(origin);
  const lines = [
    "",
    `Kakunin's values for the LMS (${origin}, from ${from}):`,
    `  Login initiation URL   ${u.login}`,
    `      Moodle: "Initiate login URL"   Canvas: "OpenID Connect Initiation Url"`,
    `  Launch/redirect URL    ${u.launch}`,
    `      Moodle: "Tool URL", "Redirection URI(s)"   Canvas: "Target Link URI", "Redirect URIs"`,
    `  Public keyset URL      ${u.jwks}`,
    `      Moodle: "Public keyset" (Public key type "Keyset URL")   Canvas: "Public JWK URL"`,
    `  Deep-linking URL       ${u.deepLink}`,
    `      Moodle: "Content Selection URL"   Canvas: Link/Assignment Selection placements (LtiDeepLinkingRequest)`,
  ];
  if (from === "the default")
    lines.push("", "  Not Kakunin's public address? Pass it with --url https://kakunin.example.edu (or set NEXTAUTH_URL).");
  else if (origin.startsWith("http:")) lines.push("", "  Note: most LMSs (Canvas among them) accept only https:// tool URLs.");
  console.log(lines.join("\n"));
}

/** The registration from the options: a UsageError naming every missing or invalid option. */
function platformInput(args: ReturnType<typeof parse>): PlatformInput {
  const missing = REQUIRED.filter((o) => {
    const v = args[o.slice(2) as keyof typeof args];
    return v === undefined || (Array.isArray(v) && v.length === 0);
  });
  if (missing.length) throw new UsageError(`missing required option${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}`);
  const raw = {
    name: args.name ?? "",
    issuer: args.issuer,
    clientId: args["client-id"],
    deploymentIds: [
      ...new Set(
        (args["deployment-id"] ?? [])
          .flatMap((d) => d.split(","))
          .map((d) => d.trim())
          .filter(Boolean),
      ),
    ],
    authLoginUrl: args["auth-url"],
    accessTokenUrl: args["token-url"],
    jwksUrl: args["jwks-url"],
  };
  const parsed = PlatformInput.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      const field = String(i.path[0] ?? "");
      const option = OPTION_OF[field] ?? (i.path.join(".") || "options");
      const value = field === "deploymentIds" ? undefined : (raw as Record<string, unknown>)[field];
      return `${option}: ${i.message}${typeof value === "string" && value !== "" ? ` (got "${value}")` : ""}`;
    });
    throw new UsageError([...new Set(problems)].join("\n  "));
  }
  return parsed.data;
}

async function withDatabase<T>(fn: (prisma: ReturnType<typeof createPrismaClient>) => Promise<T>): Promise<T> {
  const db = await databaseForCommand((l) => console.error(`[lti:register] ${l}`));
  const prisma = createPrismaClient(db.url, { max: 2 });
  try {
    await migrate({ url: db.url });
    return await fn(prisma);
  } finally {
    await prisma.$disconnect().catch(() => {});
    await db.close();
  }
}

async function main(): Promise<number> {
  const args = parse(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const registering = Object.keys(OPTION_OF).some((f) => args[OPTION_OF[f]!.slice(2) as keyof typeof args] !== undefined);
  if (args.list && args.urls) throw new UsageError("--list and --urls cannot be combined");
  if ((args.list || args.urls) && registering) {
    throw new UsageError(`--${args.list ? "list" : "urls"} takes no registration options (only --url)`);
  }
  const origin = originOf(args.url);

  if (args.urls) {
    printUrls(origin);
    return 0;
  }

  if (args.list) {
    const platforms = await withDatabase((prisma) => listPlatforms(prisma));
    if (platforms.length === 0) console.log("No LMS platform is registered.");
    else console.log(`${platforms.length} registered platform${platforms.length > 1 ? "s" : ""}:`);
    for (const p of platforms) {
      console.log(
        [
          "",
          `- ${p.name || "(no name)"}`,
          `    issuer          ${p.issuer}`,
          `    client id       ${p.clientId}`,
          `    deployment ids  ${p.deploymentIds.join(", ")}`,
          `    auth URL        ${p.authLoginUrl}`,
          `    token URL       ${p.accessTokenUrl}`,
          `    JWKS URL        ${p.jwksUrl}`,
          `    id              ${p.id} (registered ${p.createdAt.toISOString()})`,
        ].join("\n"),
      );
    }
    printUrls(origin);
    return 0;
  }

  const input = platformInput(args);
  const { id, created, deploymentIds } = await withDatabase(async (prisma) => {
    const saved = await registerPlatform(prisma, input); // without --name an update keeps the registered name
    await prisma.auditLog.create({
      data: {
        actorId: null,
        action: "lti.platform.register",
        targetType: "lti_platform",
        targetId: saved.id,
        details: { via: "cli", created: saved.created, issuer: input.issuer, clientId: input.clientId, deploymentIds: input.deploymentIds },
      },
    });
    const row = (await listPlatforms(prisma)).find((p) => p.id === saved.id);
    return { ...saved, deploymentIds: row?.deploymentIds ?? input.deploymentIds };
  });
  console.log(
    `${created ? "Registered" : "Updated"} platform ${input.name ? `"${input.name}" ` : ""}(issuer ${input.issuer}, client id ${input.clientId}).\n` +
      `  deployment ids: ${deploymentIds.join(", ")}\n  id: ${id}`,
  );
  printUrls(origin);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    const message = e instanceof Error ? e.message : String(e);
    if (e instanceof UsageError) {
      console.error(`lti:register: ${message}\n\n${USAGE}`);
      process.exit(2);
    }
    console.error(`lti:register: ${message}`);
    process.exit(1);
  },
);
