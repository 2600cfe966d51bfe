import type { getTranslations } from "next-intl/server";

/** The `exerciseStats` translator, handed from the page to its server-rendered parts. */
export type StatsT = Awaited<ReturnType<typeof getTranslations>>;
export type Percent = (v: number | null) => string;
