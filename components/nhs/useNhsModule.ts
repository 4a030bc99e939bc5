"use client";

import { InitError } from "nhsuk-frontend";
import { useEffect, useRef } from "react";

type NhsComponent = new ($root: Element) => unknown;

/** Errors an nhsuk-frontend component throws when it cannot or need not start: logged, never thrown into React. */
export function startNhsComponent(Component: NhsComponent, root: Element): void {
  try {
    new Component(root);
  } catch (e) {
    // Already started (React runs effects twice in development), or the browser is not supported: the page works without it.
    if (!(e instanceof InitError)) console.warn(e);
  }
}

/**
 * Starts an nhsuk-frontend component class on the element the returned ref is given, when it
 * mounts: Next bundles the class from the package, and an element rendered later (after a
 * submit, or on a client-side navigation) gets its own start, which `initAll` at load would miss.
 */
export function useNhsModule<E extends HTMLElement>(Component: NhsComponent) {
  const ref = useRef<E>(null);
  useEffect(() => {
    if (ref.current) startNhsComponent(Component, ref.current);
  }, [Component]);
  return ref;
}
