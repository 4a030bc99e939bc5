import { request, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD } from "../accounts";

/** An HTTP client signed in as a demo account through next-auth's own endpoints, as a script would. */
export async function requestAs(baseURL: string, email: string): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL, maxRedirects: 0 });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signIn = await context.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: DEMO_PASSWORD, json: "true" } });
  const cookies = (await context.storageState()).cookies.map((c) => c.name);
  if (!cookies.some((name) => name.endsWith("next-auth.session-token"))) throw new Error(`Sign-in as ${email} failed (${signIn.status()})`);
  return context;
}
