export const dynamic = "force-dynamic";
export default async function Page() {
  const n = Number(process.env.BARE_BYTES || 25000);
  const rows = [];
  for (let i = 0; rows.length * 60 < n; i++) rows.push(<p key={i}>Line {i} of a bare page, the same size as the summary.</p>);
  return <main>{rows}</main>;
}
