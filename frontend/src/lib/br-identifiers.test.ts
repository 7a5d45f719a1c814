import { describe, expect, it } from "vitest";

import { formatCnpj, formatPhone, telHref, websiteHref, whatsappHref } from "@/lib/br-identifiers";

describe("formatCnpj", () => {
  it("masks as people type, and a full CNPJ whatever its formatting", () => {
    expect(formatCnpj("1")).toBe("1");
    expect(formatCnpj("112")).toBe("11.2");
    expect(formatCnpj("11222333")).toBe("11.222.333");
    expect(formatCnpj("112223330001")).toBe("11.222.333/0001");
    expect(formatCnpj("11222333000181")).toBe("11.222.333/0001-81");
    expect(formatCnpj("11.222.333/0001-81 extra 99")).toBe("11.222.333/0001-81");
  });
});

describe("phones", () => {
  it("shows Brazilian E.164 numbers the Brazilian way and leaves others as stored", () => {
    expect(formatPhone("+5511987654321")).toBe("+55 (11) 98765-4321");
    expect(formatPhone("+551134567890")).toBe("+55 (11) 3456-7890");
    expect(formatPhone("+14155550100")).toBe("+14155550100");
  });

  it("links to the dialler and to the WhatsApp chat with digits only", () => {
    expect(telHref("+5511987654321")).toBe("tel:+5511987654321");
    expect(whatsappHref("+55 (11) 98765-4321")).toBe("https://wa.me/5511987654321");
  });

  it("gives a website without a scheme one", () => {
    expect(websiteHref("exemplo.com.br")).toBe("https://exemplo.com.br");
    expect(websiteHref("http://exemplo.com.br")).toBe("http://exemplo.com.br");
  });
});
