/** For the CRM's component tests: a Diretor and a Comercial, and the colleagues `GET /crm/owners` lists. */
import { user } from "@/test/users";

export const DIRETOR = user({
  id: "00000000-0000-4000-8000-00000000d001",
  full_name: "Diego Diretor",
  role: "Diretor",
  permissions: ["crm:read", "crm:write"],
});
export const COMERCIAL = user({
  id: "00000000-0000-4000-8000-00000000c001",
  full_name: "Carla Comercial",
  role: "Comercial",
  permissions: ["crm:read", "crm:write"],
});

/** Who `GET /crm/owners` lists, as the backend answers. */
export const COLLEAGUES = [
  { user_id: COMERCIAL.id, full_name: COMERCIAL.full_name, role: "Comercial" },
  { user_id: DIRETOR.id, full_name: DIRETOR.full_name, role: "Diretor" },
] as const;
