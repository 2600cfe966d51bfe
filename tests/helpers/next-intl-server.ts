// Stand-in for "next-intl/server" when a test renders a server component outside Next:
//   vi.mock("next-intl/server", () => import("../helpers/next-intl-server"));
// English messages, UTC formatting — the same translator and formatter next-intl uses in the app.
import { createFormatter, createTranslator } from "next-intl";
import messages from "../../messages/en.json";

export const getTranslations = async (namespace?: string) => createTranslator({ locale: "en", messages, namespace: namespace as never });
export const getFormatter = async () => createFormatter({ locale: "en", timeZone: "UTC" });
export const getLocale = async () => "en";
