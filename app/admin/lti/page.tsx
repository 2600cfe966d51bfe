// /admin/lti: connecting Kakunin to an LMS over LTI 1.3. Kakunin's URLs to paste into the LMS (with the names Moodle
// and Canvas give those fields), the registered platforms (remove), the form that registers one from the values the
// LMS shows, and Kakunin's signing keys (rotate). Admins only. docs/LTI.md walks through Moodle and Canvas.
import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requestHost, trustedProxies } from "@/lib/auth/client-address";
import { db } from "@/lib/db/client";
import { requireRole } from "@/lib/auth/guard";
import { withDb } from "@/lib/http/errors";
import { appOrigin } from "@/lib/http/origin";
import { listKeys } from "@/lib/lti/keys";
import { listPlatforms } from "@/lib/lti/platforms";
import { toolUrls } from "@/lib/lti/urls";
import { ConfirmButton } from "./ConfirmButton";
import { CopyField } from "./CopyField";
import { RegisterForm } from "./RegisterForm";
import admin from "../users/admin.module.css";
import styles from "./lti.module.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("lti"))("title") };
}

/** The public origin as the LMS must see it: NEXTAUTH_URL's (npm start sets it), else the address of this request. */
async function publicOrigin(): Promise<{ origin: string; configured: boolean }> {
  let configured = false;
  try {
    configured = Boolean(process.env.NEXTAUTH_URL?.trim() && new URL(process.env.NEXTAUTH_URL.trim()).origin);
  } catch {
    // unparsable: appOrigin() falls back to the request's origin
  }
  const h = await headers();
  const host = requestHost(h) ?? "localhost:3000";
  const forwardedProto = trustedProxies() > 0 ? h.get("x-forwarded-proto")?.split(",")[0]?.trim() : undefined;
  const proto = forwardedProto === "https" ? "https" : "http";
  let request: Request;
  try {
    request = new Request(`${proto}://${host}/admin/lti`);
  } catch {
    request = new Request("http://localhost:3000/admin/lti"); // a Host header that is no host
  }
  return { origin: appOrigin(request), configured };
}

const URLS = ["login", "launch", "jwks", "deepLink"] as const;

export default async function AdminLtiPage() {
  await requireRole("admin", { callbackUrl: "/admin/lti" });
  const [t, format, { origin, configured }, platforms, keys] = await Promise.all([
    getTranslations("lti"),
    getFormatter(),
    publicOrigin(),
    withDb(() => listPlatforms(db())),
    withDb(() => listKeys(db())),
  ]);
  const tool = toolUrls(origin);
  const now = new Date();
  const at = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <header className="page-header">
        <p>
          <Link href="/admin/users">{t("usersLink")}</Link>
        </p>
        <h1>{t("title")}</h1>
        <p>{t("lead")}</p>
      </header>

      <section className={styles.section} aria-labelledby="lti-tool">
        <h2 id="lti-tool">{t("toolTitle")}</h2>
        <p>{t("toolLead")}</p>
        {!configured && (
          <p className="alert alert-info" data-testid="lti-origin-note">
            {t("originNote", { origin })}
          </p>
        )}
        {origin.startsWith("http:") && <p className="alert alert-info">{t("httpNote")}</p>}
        <div className={styles.urls}>
          {URLS.map((k) => (
            <div key={k} className={styles.urlRow} data-lti-url={k}>
              <h3>{t(`url.${k}`)}</h3>
              <CopyField label={t(`url.${k}`)} value={tool[k]} />
              <dl className={styles.lms}>
                <dt>{t("moodle")}</dt>
                <dd>{t(`field.${k}.moodle`)}</dd>
                <dt>{t("canvas")}</dt>
                <dd>{t(`field.${k}.canvas`)}</dd>
              </dl>
            </div>
          ))}
        </div>
        <p className="muted">{t("docsHint")}</p>
      </section>

      <section className={styles.section} aria-labelledby="lti-platforms">
        <h2 id="lti-platforms">{t("platformsTitle")}</h2>
        <div className={admin.tableWrap}>
          <table className={admin.table}>
            <thead>
              <tr>
                <th scope="col">{t("colPlatform")}</th>
                <th scope="col">{t("colClient")}</th>
                <th scope="col">{t("colDeployments")}</th>
                <th scope="col">{t("colUrls")}</th>
                <th scope="col">{t("colActions")}</th>
              </tr>
            </thead>
            <tbody>
              {platforms.map((p) => (
                <tr key={p.id} data-platform={p.issuer}>
                  <td>
                    <strong>{p.name || t("unnamed")}</strong>
                    <br />
                    <code className={styles.code}>{p.issuer}</code>
                    <br />
                    <span className="muted">{t("registeredAt", { at: at(p.createdAt) })}</span>
                  </td>
                  <td>
                    <code className={styles.code}>{p.clientId}</code>
                  </td>
                  <td>
                    <ul className={styles.plain}>
                      {p.deploymentIds.map((d) => (
                        <li key={d}>
                          <code className={styles.code}>{d}</code>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <dl className={styles.platformUrls}>
                      <dt>{t("authUrl")}</dt>
                      <dd>
                        <code className={styles.code}>{p.authLoginUrl}</code>
                      </dd>
                      <dt>{t("tokenUrl")}</dt>
                      <dd>
                        <code className={styles.code}>{p.accessTokenUrl}</code>
                      </dd>
                      <dt>{t("jwksUrl")}</dt>
                      <dd>
                        <code className={styles.code}>{p.jwksUrl}</code>
                      </dd>
                    </dl>
                  </td>
                  <td>
                    <ConfirmButton
                      url={`/api/admin/lti/platforms/${p.id}`}
                      method="DELETE"
                      label={t("remove")}
                      confirm={t("removeConfirm", { issuer: p.issuer, clientId: p.clientId })}
                      testId="lti-remove"
                    />
                  </td>
                </tr>
              ))}
              {platforms.length === 0 && (
                <tr>
                  <td colSpan={5} className="muted">
                    {t("platformsNone")}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      </section>

      <section className={styles.section} aria-labelledby="lti-register">
        <h2 id="lti-register">{t("registerTitle")}</h2>
        <p>{t("registerLead")}</p>
        <RegisterForm />
      </section>

      <section className={styles.section} aria-labelledby="lti-keys">
        <h2 id="lti-keys">{t("keysTitle")}</h2>
        <p>{t("keysLead")}</p>
        <div className={admin.tableWrap}>
          <table className={admin.table}>
            <thead>
              <tr>
                <th scope="col">{t("colKid")}</th>
                <th scope="col">{t("colCreated")}</th>
                <th scope="col">{t("colStatus")}</th>
                <th scope="col">{t("colPublished")}</th>
              </tr>
            </thead>
            <tbody>
              {keys.map((k) => (
                <tr key={k.kid} data-kid={k.kid}>
                  <td>
                    <code className={styles.code}>{k.kid}</code>
                  </td>
                  <td>{at(k.createdAt)}</td>
                  <td>
                    {k.retiredAt ? (
                      <span className="badge">{t("retired", { at: at(k.retiredAt) })}</span>
                    ) : (
                      <span className="badge badge-accent">{t("signing")}</span>
                    )}
                  </td>
                  <td>
                    {!k.retiredAt
                      ? t("publishedWhileSigning")
                      : k.publishedUntil && k.publishedUntil > now
                        ? at(k.publishedUntil)
                        : t("notPublished")}
                  </td>
                </tr>
              ))}
              {keys.length === 0 && (
                <tr>
                  <td colSpan={4} className="muted">
                    {t("keysNone")}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
        <p className="hint">{t("rotateHint")}</p>
        <ConfirmButton
          url="/api/admin/lti/keys"
          method="POST"
          label={t("rotate")}
          confirm={t("rotateConfirm")}
          done={t("rotated", { kid: "{kid}" })}
          testId="lti-rotate"
        />
      </section>
    </>
  );
}
