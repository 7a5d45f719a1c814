import { approvalsEn, approvalsPtBR } from "./approvals/messages";
import { cadencesEn, cadencesPtBR } from "./cadences/messages";
import { campaignsEn, campaignsPtBR } from "./campaigns/messages";
import { conversationsEn, conversationsPtBR } from "./conversations/messages";
import { sharedEn, sharedPtBR } from "./shared/messages";
import { suppressionEn, suppressionPtBR } from "./suppression/messages";
import { tasksEn, tasksPtBR } from "./tasks/messages";

/** The SDR's strings, `t.sdr` in the dictionaries: what the screens share, then one part per group of screens. */
export const sdrPtBR = {
  shared: sharedPtBR,
  cadences: cadencesPtBR,
  campaigns: campaignsPtBR,
  approvals: approvalsPtBR,
  conversations: conversationsPtBR,
  tasks: tasksPtBR,
  suppression: suppressionPtBR,
};

export const sdrEn: typeof sdrPtBR = {
  shared: sharedEn,
  cadences: cadencesEn,
  campaigns: campaignsEn,
  approvals: approvalsEn,
  conversations: conversationsEn,
  tasks: tasksEn,
  suppression: suppressionEn,
};
