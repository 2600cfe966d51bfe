// Kakunin's public keys (JWK Set) for LTI platforms: they check our client assertions and deep-linking responses.
import { db } from "@/lib/db/client";
import { json, route } from "@/lib/http/route";
import { publicJwks } from "@/lib/lti/keys";

export const GET = route(async () => json(await publicJwks(db()), { headers: { "cache-control": "public, max-age=300" } }));
