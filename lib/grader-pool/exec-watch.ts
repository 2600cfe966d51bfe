// Inside a grader process: reports the start and end of every engine run (Session.exec) with that run's own time
// limit, so the pool's wall-clock watchdog fires at the limit of the run in progress (plus a grace), not at a
// limit for a whole grading. Wraps the prototype once; only grader processes load this file.
import { Session } from "../../engine/index";

type Exec = Session["exec"];

export function watchEngineRuns(report: (limitMs: number | null) => void): void {
  const proto = Session.prototype as Session & { __kakuninWatched?: boolean };
  if (proto.__kakuninWatched) return;
  proto.__kakuninWatched = true;
  const exec: Exec = proto.exec;
  proto.exec = function (this: Session, source: string, filename?: string) {
    report(this.opts.timeoutMs);
    try {
      return exec.call(this, source, filename);
    } finally {
      report(null);
    }
  };
}
