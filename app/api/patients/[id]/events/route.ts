import { currentCaller } from "@/lib/server/session";
import { openPlanStream } from "@/lib/server/views/live-stream";

/** Server-Sent Events: the state of this patient's plan whenever it may have changed (lib/server/views/live-stream.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return openPlanStream(await currentCaller(), id, request.signal);
}
