// Assignment and Grade Services 2.0: the score Kakunin sends for one learner on one resource link — their result on
// the link's assignment at send time (lib/assignments/results.ts: best work after the late policy), scaled to the
// line item's maximum, with honest progress: PendingManual while a short-text answer awaits an instructor, Pending
// while a submission is still being graded. Posted to `<lineitem>/scores` as application/vnd.ims.lis.v1.score+json.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadAssignments, loadResults } from "@/lib/assignments/results";
import { scoreMaximumOf } from "./catalogue";
import { MEDIA, SCOPE } from "./claims";
import { LtiError } from "./errors";
import { accessToken, forgetToken, SERVICE_TIMEOUT_MS } from "./token";

export interface LtiScoreBody {
  userId: string;
  scoreGiven?: number;
  scoreMaximum?: number;
  activityProgress: "Initialized" | "Started" | "InProgress" | "Submitted" | "Completed";
  gradingProgress: "FullyGraded" | "Pending" | "PendingManual" | "Failed" | "NotReady";
  timestamp: string;
  comment?: string;
}

/** `<lineitem>/scores`, keeping the line item's query string (AGS 2.0 §3.4). */
export function scoresUrl(lineItemUrl: string): string {
  const u = new URL(lineItemUrl);
  u.pathname = `${u.pathname.replace(/\/+$/, "")}/scores`;
  return u.toString();
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The learner's score on the assignment as the LMS should see it now. */
export async function currentScore(
  db: PrismaClient,
  assignmentId: string,
  userId: string,
  sub: string,
  now = new Date(),
): Promise<LtiScoreBody> {
  const defs = await loadAssignments(db, { ids: [assignmentId] });
  const def = defs[0];
  if (!def) throw new LtiError("service", "The assignment of this link no longer exists.", 410);
  const result = (await loadResults(db, defs, [userId], now)).get(assignmentId)?.get(userId);
  const maximum = await scoreMaximumOf(db, def.testId);
  let pending: LtiScoreBody["gradingProgress"] | null = null;
  if (def.testId) {
    const waiting = await db.answer.count({
      where: { correct: null, manualScore: null, attempt: { assignmentId, userId, status: { in: ["submitted", "expired"] } } },
    });
    if (waiting > 0) pending = "PendingManual";
  } else {
    const grading = await db.submission.count({ where: { assignmentId, userId, status: { in: ["queued", "running"] } } });
    if (grading > 0) pending = "Pending";
  }
  const timestamp = now.toISOString();
  if (!result || result.penalised === null) {
    return { userId: sub, activityProgress: pending ? "Submitted" : "Initialized", gradingProgress: pending ?? "NotReady", timestamp };
  }
  return {
    userId: sub,
    scoreGiven: round(result.penalised * maximum),
    scoreMaximum: maximum,
    activityProgress: "Completed",
    gradingProgress: pending ?? "FullyGraded",
    timestamp,
  };
}

export type PostOutcome = { ok: true; status: number } | { ok: false; status: number; retry: boolean; message: string };

export async function postScore(
  db: PrismaClient,
  platform: { id: string; clientId: string; accessTokenUrl: string },
  lineItemUrl: string,
  body: LtiScoreBody,
): Promise<PostOutcome> {
  const scopes = [SCOPE.score];
  const send = async () =>
    fetch(scoresUrl(lineItemUrl), {
      method: "POST",
      headers: { "content-type": MEDIA.score, authorization: `Bearer ${await accessToken(db, platform, scopes)}` },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(SERVICE_TIMEOUT_MS),
    });
  let res: Response;
  try {
    res = await send();
    if (res.status === 401) {
      forgetToken(platform.id, scopes); // the platform may have revoked it early
      res = await send();
    }
  } catch (error) {
    if (error instanceof LtiError) return { ok: false, status: error.status, retry: error.status >= 500, message: error.message };
    return { ok: false, status: 0, retry: true, message: `The LMS could not be reached: ${(error as Error).message}` };
  }
  if (res.ok) return { ok: true, status: res.status };
  const text = (await res.text().catch(() => "")).slice(0, 300);
  const retry = res.status >= 500 || res.status === 408 || res.status === 429;
  return { ok: false, status: res.status, retry, message: `The LMS answered HTTP ${res.status}${text ? `: ${text}` : ""}` };
}
