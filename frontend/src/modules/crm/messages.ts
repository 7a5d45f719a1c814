import { dealsEn, dealsPtBR } from "./deals/messages";
import { recordsEn, recordsPtBR } from "./records/messages";

/** The CRM's strings, `t.crm` in the dictionaries: one part per group of screens. */
export const crmPtBR = { deals: dealsPtBR, records: recordsPtBR };

export const crmEn: typeof crmPtBR = { deals: dealsEn, records: recordsEn };
