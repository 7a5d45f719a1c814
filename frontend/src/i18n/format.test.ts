import { describe, expect, it } from "vitest";

import { formatDate, formatDateTime, formatMoney, formatRelative, saoPauloDayBoundary, saoPauloHour } from "./format";

describe("formatting", () => {
  it("writes money in BRL the Brazilian way", () => {
    expect(formatMoney(1234.5).replace(/\s/g, " ")).toBe("R$ 1.234,50");
  });

  it("writes dates dd/mm/yyyy and times in São Paulo, whatever the machine's zone", () => {
    // 02:30 UTC on the 1st is still the 30th of November, 23:30, in São Paulo
    expect(formatDate("2026-12-01T02:30:00Z")).toBe("30/11/2026");
    expect(formatDateTime("2026-12-01T02:30:00Z")).toBe("30/11/2026 23:30");
    expect(saoPauloHour("2026-12-01T15:00:00Z")).toBe(12);
  });

  it("turns a picked day into the instants it starts and ends in São Paulo", () => {
    expect(saoPauloDayBoundary("2026-12-01", "start")).toBe("2026-12-01T00:00:00.000-03:00");
    expect(new Date(saoPauloDayBoundary("2026-12-01", "end")).toISOString()).toBe("2026-12-02T02:59:59.999Z");
  });

  it("says how long ago in the interface language", () => {
    const now = Date.parse("2026-12-01T12:00:00Z");
    expect(formatRelative("2026-12-01T11:55:00Z", "pt-BR", now)).toBe("há 5 minutos");
    expect(formatRelative("2026-12-01T11:55:00Z", "en", now)).toBe("5 minutes ago");
    expect(formatRelative("2026-12-01T11:59:58Z", "en", now)).toBe("now");
  });
});
