/**
 * @medplum/core expects a WebSocket global when it is imported; Node 20 has none. No subscriptions
 * are used, so an empty class will do. Import this module before @medplum/core.
 */
const g = globalThis as { WebSocket?: unknown };
g.WebSocket ??= class WebSocketStub {};

export {};
