import { dealsEn, dealsPtBR } from "./deals/messages";
import { recordsEn, recordsPtBR } from "./records/messages";
import { sharedEn, sharedPtBR } from "./shared/messages";

/** The CRM's strings, `t.crm` in the dictionaries: one part per group of screens, and what they share. */
export const crmPtBR = { shared: sharedPtBR, deals: dealsPtBR, records: recordsPtBR };

export const crmEn: typeof crmPtBR = { shared: sharedEn, deals: dealsEn, records: recordsEn };
