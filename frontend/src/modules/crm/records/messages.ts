/** Strings of the companies, contacts, import and search screens. `recordsEn` has the same shape. */
export const recordsPtBR = {
  companiesTitle: "Empresas",
  contactsTitle: "Contatos",
  importTitle: "Importar",
  searchTitle: "Busca no CRM",
};

export const recordsEn: typeof recordsPtBR = {
  companiesTitle: "Companies",
  contactsTitle: "Contacts",
  importTitle: "Import",
  searchTitle: "CRM search",
};
