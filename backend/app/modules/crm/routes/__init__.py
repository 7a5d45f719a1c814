"""The CRM's routes, one file per concept; `crm.router` puts them under /crm."""
