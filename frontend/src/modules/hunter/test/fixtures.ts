/** Small factories of the hunter's API shapes, for the unit tests. */
import type { Icp } from "../icps/queries";
import type { Lead } from "../leads/queries";
import type { AgentTask, Search } from "../searches/queries";

export const ICP_ID = "00000000-0000-4000-8000-00000000c1c1";
export const SEARCH_ID = "00000000-0000-4000-8000-00000000a5a5";
export const RUN_ID = "00000000-0000-4000-8000-00000000b0b0";

export function icp(extra: Partial<Icp> = {}): Icp {
  return {
    id: ICP_ID,
    name: "Agências de publicidade em SP",
    description: null,
    version: 1,
    criteria: { industries: ["publicidade"], states: ["SP"], weights: { industry: 3, cnae: 3, size: 2, employees: 2, location: 3, keywords: 2, contactable: 2, web_presence: 1 } },
    threshold: 70,
    archived_at: null,
    created_at: "2026-12-01T10:00:00Z",
    updated_at: "2026-12-01T10:00:00Z",
    ...extra,
  };
}

export function search(extra: Partial<Search> = {}): Search {
  return {
    id: SEARCH_ID,
    icp_id: ICP_ID,
    icp_version: 1,
    criteria: icp().criteria,
    threshold: 70,
    sources: [{ type: "directory", list_name: null, include_demo: true }],
    limit: 200,
    status: "running",
    run_id: RUN_ID,
    started_by: "8598fed3-bf6d-4b16-8bb1-cc86eb29ed10",
    found: 0,
    duplicates: 0,
    in_crm: 0,
    scored: 0,
    qualified: 0,
    cost_usd: "0",
    cost_per_qualified_usd: null,
    report: [],
    error: null,
    created_at: "2026-12-01T10:00:00Z",
    finished_at: null,
    ...extra,
  };
}

export function task(extra: Partial<AgentTask> = {}): AgentTask {
  return { id: RUN_ID, status: "running", progress: {}, result: null, error: null, ...extra };
}

export function lead(id: string, extra: Partial<Lead> = {}): Lead {
  return {
    id,
    search_id: SEARCH_ID,
    status: "new",
    name: `Agência ${id}`,
    legal_name: `Agência ${id} Ltda`,
    cnpj: "10000000000191",
    domain: `${id}.demo`,
    website: `https://${id}.demo`,
    phones: ["+551133334444"],
    emails: [`contato@${id}.demo`],
    linkedin_url: null,
    social_links: [],
    city: "São Paulo",
    state: "SP",
    cnae: "7311400",
    industry: "Agências de publicidade",
    size: "small",
    employees: 20,
    description: "Agência em São Paulo: publicidade campanhas.",
    contacts: [{ name: "Ana Souza", role: "CEO", email: `ana@${id}.demo` }],
    provenance: { cnpj: { source: "directory:demo", at: "2026-12-01T10:00:05Z" } },
    sources: ["directory:demo"],
    demo: true,
    score: 100,
    tier: "hot",
    qualified: true,
    disqualified_by: null,
    breakdown: [
      { criterion: "industry", label: "Segmento", weight: 3, points: 33.3, matched: true, note: "segmento: publicidade" },
      { criterion: "location", label: "Localização", weight: 3, points: 33.3, matched: true, note: "São Paulo, SP" },
      { criterion: "contactable", label: "Contato disponível", weight: 2, points: 22.2, matched: true, note: "telefone ou e-mail" },
      { criterion: "web_presence", label: "Presença online", weight: 1, points: 11.1, matched: true, note: "site ou redes sociais" },
    ],
    similarity: null,
    reason: "Agência de publicidade em São Paulo, com contato e site.",
    reason_prompt: "hunter.score_reason@1",
    reason_offline: true,
    feedback: null,
    discard_reason: null,
    reviewed_by: null,
    reviewed_at: null,
    legal_basis: "legitimate_interest",
    owner_id: null,
    created_at: "2026-12-01T10:00:06Z",
    updated_at: "2026-12-01T10:00:06Z",
    ...extra,
  };
}

export const problem = (status: number, code: string, errors: { field: string; message: string }[] = [], detail = "One or more fields are invalid") => ({
  type: `https://docs.somos.local/problems/${code}`,
  title: "Invalid input",
  status,
  detail,
  code,
  request_id: "r1",
  errors: errors.map((e) => ({ ...e, type: "value_error" })),
});
