import { describe, expect, it } from "vitest";
import { sseEvent, sseParser, type SseMessage } from "./sse";

describe("sse", () => {
  it("reads back what it writes, however the text is split, skipping comments", () => {
    const text = `retry: 2000\n${sseEvent("ready", { token: "1.ACTIVE" })}: keep-alive\n\n${sseEvent("heartbeat", { live: true })}`;
    for (const size of [1, 3, 7, text.length]) {
      const heard: SseMessage[] = [];
      const feed = sseParser((m) => heard.push(m));
      for (let i = 0; i < text.length; i += size) feed(text.slice(i, i + size));
      expect(heard).toEqual([
        { event: "ready", data: '{"token":"1.ACTIVE"}' },
        { event: "heartbeat", data: '{"live":true}' },
      ]);
    }
  });

  it("waits for the blank line that ends an event, and accepts CRLF", () => {
    const heard: SseMessage[] = [];
    const feed = sseParser((m) => heard.push(m));
    feed("event: state\r\ndata: 1\r\n");
    expect(heard).toEqual([]);
    feed("\r\n");
    expect(heard).toEqual([{ event: "state", data: "1" }]);
  });
});
