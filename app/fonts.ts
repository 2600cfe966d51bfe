// Self-hosted fonts (the build machine is offline, so no next/font/google).
// Latin faces via next/font/local; Japanese via the fontsource CSS (unicode-range subsets),
// imported in app/layout.tsx.
import localFont from "next/font/local";

export const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-sans-latin",
  weight: "100 900",
  display: "swap",
});

export const jetbrainsMono = localFont({
  src: "../node_modules/@fontsource-variable/jetbrains-mono/files/jetbrains-mono-latin-wght-normal.woff2",
  variable: "--font-mono-latin",
  weight: "100 800",
  display: "swap",
  preload: false,
});
