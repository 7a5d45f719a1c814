/** Strings of the deals screens (kanban, deal detail, pipeline settings). `dealsEn` has the same shape. */
export const dealsPtBR = {
  title: "Negócios",
  pipelinesTitle: "Funis e etapas",
  newDeal: "Novo negócio",
};

export const dealsEn: typeof dealsPtBR = {
  title: "Deals",
  pipelinesTitle: "Pipelines and stages",
  newDeal: "New deal",
};
