import type { Dictionary } from "@/i18n/dictionary";

import type { SourceSpec } from "./queries";

/** A source of a search in a few words (`Diretório + demo`, `Sites (3)`, `Google Maps: “agências”`). */
export function describeSource(spec: SourceSpec, t: Dictionary): string {
  const labels = t.hunter.searches.sourceSpec;
  switch (spec.type) {
    case "directory":
      return spec.list_name ? t.hunter.common.sources.list(spec.list_name) : spec.include_demo ? labels.directoryWithDemo : labels.directory;
    case "web":
      return labels.web(spec.urls.length);
    case "serpapi":
      return labels.serpapi(spec.engine === "google" ? t.hunter.common.sources.google : t.hunter.common.sources.googleMaps, spec.query);
  }
}
