"""Hunter: ICP-driven prospecting. Search sessions run a crew of source hunters and the
Qualificador over the company directory, web pages, SerpAPI and open CNPJ data; leads are
de-duplicated against the CRM, enriched with per-field provenance, scored 0-100 with an
explainable breakdown and reviewed by a person before the SDR reaches out."""
