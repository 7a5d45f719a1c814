import { commonEn, commonPtBR } from "./common-messages";
import { directoryEn, directoryPtBR } from "./directory/messages";
import { icpsEn, icpsPtBR } from "./icps/messages";
import { leadsEn, leadsPtBR } from "./leads/messages";
import { searchesEn, searchesPtBR } from "./searches/messages";

/** The hunter's strings, `t.hunter` in the dictionaries: what the screens share, then one part per group of screens. */
export const hunterPtBR = { common: commonPtBR, icps: icpsPtBR, searches: searchesPtBR, leads: leadsPtBR, directory: directoryPtBR };

export const hunterEn: typeof hunterPtBR = { common: commonEn, icps: icpsEn, searches: searchesEn, leads: leadsEn, directory: directoryEn };
