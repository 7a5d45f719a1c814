/**
 * An ICP's criteria as the editor holds them, and what the backend's scoring does with them
 * (app/modules/hunter/scoring.py), so the editor can show each criterion's share of the score
 * before anything is saved.
 */
import type { components } from "@/api/schema";

type Schemas = components["schemas"];
export type IcpCriteria = Schemas["IcpCriteria"];
export type Criterion = Schemas["Criterion"];
export type Size = Schemas["Size"];

export const CRITERIA: Criterion[] = ["industry", "cnae", "size", "employees", "location", "keywords", "contactable", "web_presence"];
export const SIZES: Size[] = ["mei", "micro", "small", "medium", "large"];
export const MAX_WEIGHT = 10;

/** The backend's weights when an ICP does not say (schemas/icps.py DEFAULT_WEIGHTS). */
export const DEFAULT_WEIGHTS: Record<Criterion, number> = {
  industry: 3, cnae: 3, size: 2, employees: 2, location: 3, keywords: 2, contactable: 2, web_presence: 1,
};

/** The editor's state: numbers as typed, every list present. */
export interface CriteriaDraft {
  industries: string[];
  cnae_codes: string[];
  sizes: Size[];
  employees_min: string;
  employees_max: string;
  states: string[];
  cities: string[];
  keywords: string[];
  required: Criterion[];
  disqualifiers: string[];
  weights: Record<Criterion, number>;
}

export function draftOf(criteria?: IcpCriteria | null): CriteriaDraft {
  return {
    industries: criteria?.industries ?? [],
    cnae_codes: criteria?.cnae_codes ?? [],
    sizes: criteria?.sizes ?? [],
    employees_min: criteria?.employees_min == null ? "" : String(criteria.employees_min),
    employees_max: criteria?.employees_max == null ? "" : String(criteria.employees_max),
    states: criteria?.states ?? [],
    cities: criteria?.cities ?? [],
    keywords: criteria?.keywords ?? [],
    required: criteria?.required ?? [],
    disqualifiers: criteria?.disqualifiers ?? [],
    weights: { ...DEFAULT_WEIGHTS, ...(criteria?.weights as Partial<Record<Criterion, number>> | undefined) },
  };
}

function count(value: string): number | null {
  const digits = value.trim();
  return digits === "" ? null : Number(digits);
}

/** The body's `criteria`: what the editor holds (a required criterion left with nothing set is dropped). */
export function criteriaOf(draft: CriteriaDraft): IcpCriteria {
  const criteria: IcpCriteria = {
    industries: draft.industries,
    cnae_codes: draft.cnae_codes,
    sizes: draft.sizes,
    employees_min: count(draft.employees_min),
    employees_max: count(draft.employees_max),
    states: draft.states,
    cities: draft.cities,
    keywords: draft.keywords,
    disqualifiers: draft.disqualifiers,
    weights: draft.weights,
  };
  return { ...criteria, required: draft.required.filter((c) => isSet(criteria, c)) };
}

/** Whether the ICP says anything about this criterion; one with nothing set is not scored. */
export function isSet(criteria: IcpCriteria, criterion: Criterion): boolean {
  switch (criterion) {
    case "industry": return (criteria.industries?.length ?? 0) > 0;
    case "cnae": return (criteria.cnae_codes?.length ?? 0) > 0;
    case "size": return (criteria.sizes?.length ?? 0) > 0;
    case "employees": return criteria.employees_min != null || criteria.employees_max != null;
    case "location": return (criteria.states?.length ?? 0) > 0 || (criteria.cities?.length ?? 0) > 0;
    case "keywords": return (criteria.keywords?.length ?? 0) > 0;
    case "contactable":
    case "web_presence": return true;
  }
}

export function weightOf(criteria: IcpCriteria, criterion: Criterion): number {
  return criteria.weights?.[criterion] ?? DEFAULT_WEIGHTS[criterion];
}

export interface CriterionShare {
  criterion: Criterion;
  weight: number;
  /** The most this criterion can add to the 0-100 score (before any similarity blend). */
  points: number;
  required: boolean;
}

/** The criteria that count, with the points each is worth: weight over the sum of weights. */
export function pointShares(criteria: IcpCriteria): CriterionShare[] {
  const required = new Set(criteria.required ?? []);
  const counted = CRITERIA.filter((c) => isSet(criteria, c) && (weightOf(criteria, c) > 0 || required.has(c)));
  const total = counted.reduce((sum, c) => sum + weightOf(criteria, c), 0) || 1;
  return counted.map((criterion) => ({
    criterion,
    weight: weightOf(criteria, criterion),
    points: (100 * weightOf(criteria, criterion)) / total,
    required: required.has(criterion),
  }));
}
