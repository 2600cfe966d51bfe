// GET /api/submissions/:id/events → text/event-stream of `status` events ({status, score, maxScore, position,
// gradedAt}) whenever they change; ends after `graded` or `error` (then the client fetches GET /api/submissions/:id
// for the results), when the client goes away, or after 5 minutes.
//
// A stream reads the database when told that its submission changed (lib/exercises/grading-events: in-process
// workers signal directly, workers in other processes through LISTEN/NOTIFY) and otherwise only every few seconds
// — the fallback for a missed signal and the queue-position refresh. So a deadline's worth of open streams waiting
// in the queue costs a query per stream every few seconds, not four per second.
import { withAuth } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { gradingEvents, isListeningForGradings, listenForGradings } from "@/lib/exercises/grading-events";
import { getSubmissionStatus, type SubmissionStatus } from "@/lib/exercises/submissions";
import { notFound, submissionId, type IdParams } from "@/lib/exercises/submission-routes";
import { withDb } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

/** Poll interval while signals arrive through LISTEN, and while they do not (the listener is not connected). */
const POLL_MS = 2_000;
const POLL_UNSIGNALLED_MS = 250;
const MAX_MS = 5 * 60_000;

export const GET = withAuth<IdParams>(async (request, { params }, user) => {
  const id = submissionId((await params).id);
  if (!isListeningForGradings()) listenForGradings().catch(() => {}); // polls at the short interval meanwhile
  // subscribed before the first read, so a signal for a change that read may have missed is not lost
  let changed = false;
  let onChange: () => void = () => {
    changed = true;
  };
  const forward = () => onChange();
  gradingEvents().on(id, forward);
  let first: SubmissionStatus | null;
  try {
    first = await withDb(() => getSubmissionStatus(db(), user, id));
  } catch (e) {
    gradingEvents().off(id, forward);
    throw e;
  }
  if (!first) {
    gradingEvents().off(id, forward);
    throw notFound();
  }
  const enc = new TextEncoder();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const started = Date.now();
      let last = "";
      let polling = false;
      let again = false; // a signal arrived during a poll that may have read the state before the commit
      const close = () => {
        if (closed) return;
        closed = true;
        clearTimeout(timer);
        gradingEvents().off(id, forward);
        try {
          controller.close();
        } catch {}
      };
      const poll = () => {
        if (closed) return;
        if (polling) {
          again = true;
          return;
        }
        polling = true;
        clearTimeout(timer);
        getSubmissionStatus(db(), user, id).then(
          (s) => {
            polling = false;
            tick(s);
            if (again && !closed) {
              again = false;
              poll();
            }
          },
          () => close(),
        );
      };
      const send = (s: SubmissionStatus) => {
        const data = JSON.stringify(s);
        if (data === last) return;
        last = data;
        controller.enqueue(enc.encode(`event: status\ndata: ${data}\n\n`));
      };
      const tick = (s: SubmissionStatus | null) => {
        if (closed) return;
        if (!s) return close();
        send(s);
        if (s.status === "graded" || s.status === "error") {
          controller.enqueue(enc.encode(`event: end\ndata: {}\n\n`));
          return close();
        }
        if (Date.now() - started > MAX_MS) return close();
        clearTimeout(timer);
        timer = setTimeout(poll, isListeningForGradings() ? POLL_MS : POLL_UNSIGNALLED_MS);
      };
      request.signal.addEventListener("abort", close);
      controller.enqueue(enc.encode(`retry: 1000\n\n`));
      onChange = poll;
      tick(first);
      if (changed) poll();
    },
    cancel() {
      closed = true;
      clearTimeout(timer);
      gradingEvents().off(id, forward);
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
});
