/**
 * Server-Sent Events framing, both ways: the stream writes named events with JSON data, and the
 * page reads them from a fetch body (not EventSource, which hides refusals' status and message).
 */
export function sseEvent(name: string, data: unknown): string {
  return `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}

export interface SseMessage {
  event: string;
  data: string;
}

/** Feeds text chunks in (split anywhere); calls `onMessage` once per complete event. Comments are skipped. */
export function sseParser(onMessage: (message: SseMessage) => void): (chunk: string) => void {
  let buffer = "";
  let event = "message";
  let data: string[] = [];
  const line = (text: string) => {
    if (text === "") {
      if (data.length) onMessage({ event, data: data.join("\n") });
      event = "message";
      data = [];
      return;
    }
    if (text.startsWith(":")) return;
    const colon = text.indexOf(":");
    const field = colon < 0 ? text : text.slice(0, colon);
    const value = colon < 0 ? "" : text.slice(colon + 1).replace(/^ /, "");
    if (field === "event") event = value;
    else if (field === "data") data.push(value);
  };
  return (chunk) => {
    buffer += chunk;
    let end: number;
    while ((end = buffer.search(/\r\n|\r|\n/)) >= 0) {
      const crlf = buffer.startsWith("\r\n", end);
      line(buffer.slice(0, end));
      buffer = buffer.slice(end + (crlf ? 2 : 1));
    }
  };
}
