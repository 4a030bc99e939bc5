import type { Metadata } from "next";
import Link from "next/link";
import { titled } from "@/lib/domain/page-title";

export const metadata: Metadata = titled("Page not found");

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>If you followed a link, the record may not exist or you may not have access to it.</p>
      <p>
        <Link href="/">Go to the home page</Link>
      </p>
    </>
  );
}
