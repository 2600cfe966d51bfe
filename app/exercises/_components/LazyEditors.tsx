"use client";
// Monaco is large and browser-only: the code editor and the diff viewer are loaded on demand, never rendered on the server.
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import type { CodeEditorProps } from "./MonacoEditors";
import styles from "../exercises.module.css";

export const CodeEditor = dynamic<CodeEditorProps>(() => import("./MonacoEditors"), { ssr: false, loading: () => <EditorLoading /> });
export const CodeDiff = dynamic<{ original: string; modified: string }>(() => import("./MonacoEditors").then((m) => m.CodeDiff), {
  ssr: false,
  loading: () => <EditorLoading />,
});

function EditorLoading() {
  const t = useTranslations("exercises");
  return <div className={styles.editorLoading}>{t("editorLoading")}</div>;
}
