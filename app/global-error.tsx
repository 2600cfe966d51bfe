"use client";
// Last resort when the root layout itself fails: no providers, no messages — bilingual text inline.
import "./globals.css";

const UNAVAILABLE = "KAKUNIN_SERVICE_UNAVAILABLE";

export default function GlobalError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const unavailable = error?.digest === UNAVAILABLE;
  return (
    <html lang="en">
      <body>
        <main id="main">
          <div className="container" style={{ maxWidth: "36rem", textAlign: "center", paddingTop: "4rem" }}>
            <h1>{unavailable ? "Service temporarily unavailable" : "Something went wrong"}</h1>
            <p lang="ja">{unavailable ? "現在サービスをご利用いただけません" : "エラーが発生しました"}</p>
            <p className="muted">
              {unavailable
                ? "We can't reach the database right now. Please try again in a minute."
                : "An unexpected error occurred. Please try again."}
            </p>
            <button type="button" className="btn btn-primary" onClick={() => retry()}>
              Try again / 再試行
            </button>
            {!unavailable && error?.digest && <p className="muted">Reference: {error.digest}</p>}
          </div>
        </main>
      </body>
    </html>
  );
}
