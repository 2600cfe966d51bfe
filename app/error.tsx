"use client";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { SERVICE_UNAVAILABLE_DIGEST } from "@/lib/http/errors";
import { HomeLink, StatusPage } from "./_components/StatusPage";

export default function ErrorPage({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const t = useTranslations("errors");
  const tc = useTranslations("common");
  const unavailable = error?.digest === SERVICE_UNAVAILABLE_DIGEST;
  useEffect(() => {
    if (!unavailable) console.error(error);
  }, [error, unavailable]);
  return (
    <StatusPage
      code={unavailable ? "503" : "500"}
      title={unavailable ? t("unavailableTitle") : t("errorTitle")}
      body={unavailable ? t("unavailableBody") : t("errorBody")}
      actions={
        <>
          <button type="button" className="btn btn-primary" onClick={() => retry()}>
            {tc("tryAgain")}
          </button>
          <HomeLink label={tc("backHome")} />
        </>
      }
      detail={!unavailable && error?.digest ? t("reference", { digest: error.digest }) : undefined}
    />
  );
}
