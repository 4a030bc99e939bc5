// A dynamic page of about `?n=` characters of plain HTML, rendered per request like the app's
// pages, so bench/http.ts can compare the app with Next's own floor at the same response size.
export const dynamic = "force-dynamic";

const LINE = "The quick brown fox jumps over the lazy dog. ";

export default async function BarePage({ searchParams }) {
  const n = Math.max(0, Math.min(2_000_000, Number((await searchParams).n) || 0));
  const paragraphs = [];
  for (let left = n, i = 0; left > 0; left -= 200, i++) {
    paragraphs.push(<p key={i}>{LINE.repeat(5).slice(0, Math.min(200, left))}</p>);
  }
  return <main>{paragraphs}</main>;
}
