// GET /api/submissions/:id/events → text/event-stream of `status` events ({status, position, score, maxScore,
// gradedAt}) whenever they change, polling the database every 250 ms (and at once when a grading worker in this
// process signals that the submission was graded); ends after `graded` or `error` (then the
// client fetches GET /api/submissions/:id for the results), when the client goes away, or after 5 minutes.
import { withAuth } from "@/lib/auth/guard";
import { db } from "@/lib/auth/db";
import { gradingEvents } from "@/lib/exercises/queue";
import { getSubmissionStatus } from "@/lib/exercises/submissions";
import { notFound, submissionId, type IdParams } from "@/lib/exercises/submissions-http";
import { withDb } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

const POLL_MS = 250;
const MAX_MS = 5 * 60_000;

export const GET = withAuth<IdParams>(async (request, { params }, user) => {
  const id = submissionId((await params).id);
  const first = await withDb(() => getSubmissionStatus(db(), user, id));
  if (!first) throw notFound();
  const enc = new TextEncoder();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  let onGraded = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const started = Date.now();
      let last = "";
      let polling = false;
      let again = false; // a signal arrived during a poll that may have read the state before the commit
      const poll = () => {
        if (closed) return;
        if (polling) {
          again = true;
          return;
        }
        polling = true;
        clearTimeout(timer);
        getSubmissionStatus(db(), user, id).then(
          async (s) => {
            polling = false;
            await tick(s);
            if (again && !closed) {
              again = false;
              poll();
            }
          },
          () => close(),
        );
      };
      onGraded = () => poll();
      gradingEvents().on(id, onGraded);
      const close = () => {
        if (closed) return;
        closed = true;
        clearTimeout(timer);
        gradingEvents().off(id, onGraded);
        try {
          controller.close();
        } catch {}
      };
      request.signal.addEventListener("abort", close);
      const send = (s: NonNullable<typeof first>) => {
        const data = JSON.stringify(s);
        if (data === last) return;
        last = data;
        controller.enqueue(enc.encode(`event: status\ndata: ${data}\n\n`));
      };
      const tick = async (s: Awaited<ReturnType<typeof getSubmissionStatus>>) => {
        if (closed) return;
        if (!s) return close();
        send(s);
        if (s.status === "graded" || s.status === "error") {
          controller.enqueue(enc.encode(`event: end\ndata: {}\n\n`));
          return close();
        }
        if (Date.now() - started > MAX_MS) return close();
        clearTimeout(timer);
        timer = setTimeout(poll, POLL_MS);
      };
      controller.enqueue(enc.encode(`retry: 1000\n\n`));
      void tick(first);
    },
    cancel() {
      closed = true;
      clearTimeout(timer);
      gradingEvents().off(id, onGraded);
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
