"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import styles from "./Header.module.css";

export function NavLink({ href, matchPrefix = false, children }: { href: string; matchPrefix?: boolean; children: React.ReactNode }) {
  const pathname = usePathname() ?? "";
  const active = pathname === href || (matchPrefix && pathname.startsWith(href + "/"));
  return (
    <Link href={href} className={styles.navLink} aria-current={active ? "page" : undefined}>
      {children}
    </Link>
  );
}
