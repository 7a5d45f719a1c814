"""CRM: companies, contacts, pipelines with stages, deals on a kanban board, activities and
one timeline per record, tags, custom fields, saved views, CSV import with dedup and export,
lead conversion. Other modules import only `service`, `schemas` and `events`."""
