/** Body size of a GET, in bytes; throws unless it answers 200 (a bench of errors would be meaningless). */
export async function bodyBytes(url: string, headers: Record<string, string> = {}): Promise<number> {
  const response = await fetch(url, { headers, redirect: "manual" });
  const body = new Uint8Array(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}, not 200: ${new TextDecoder().decode(body.slice(0, 300))}`);
  return body.length;
}

/** The bare page's `?n=` that makes its body `target` bytes: its size is linear in n (HTML plus the RSC payload). */
export async function bareSizeFor(bareBase: string, target: number): Promise<{ n: number; bytes: number }> {
  const probe = 20_000;
  const empty = await bodyBytes(`${bareBase}/?n=0`);
  const full = await bodyBytes(`${bareBase}/?n=${probe}`);
  const n = Math.max(0, Math.round(((target - empty) * probe) / (full - empty)));
  return { n, bytes: await bodyBytes(`${bareBase}/?n=${n}`) };
}
