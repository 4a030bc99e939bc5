import { isAppError } from "@/lib/server/errors";
import { onPlanChanged } from "@/lib/server/events/plan-events";
import { currentCaller } from "@/lib/server/session";
import { watchPlan } from "@/lib/server/views/watch";

const HEARTBEAT_MS = 20_000;

/** Server-Sent Events: "published" with the new version whenever this patient's plan changes. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  let current: { version: number };
  try {
    current = await watchPlan(await currentCaller(), { patientId: id });
  } catch (e) {
    if (isAppError(e)) return Response.json({ error: e.message }, { status: e.code === "FORBIDDEN" ? 404 : e.status });
    throw e;
  }
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => controller.enqueue(encoder.encode(text));
      send(`retry: 2000\nevent: ready\ndata: ${JSON.stringify(current)}\n\n`);
      const stop = await onPlanChanged(id, (event) => send(`event: published\ndata: ${JSON.stringify({ version: event.version })}\n\n`));
      const heartbeat = setInterval(() => send(": keep-alive\n\n"), HEARTBEAT_MS);
      cleanup = () => {
        clearInterval(heartbeat);
        stop();
      };
      request.signal.addEventListener("abort", () => {
        cleanup();
        controller.close();
      });
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-transform", Connection: "keep-alive", "X-Accel-Buffering": "no" },
  });
}
