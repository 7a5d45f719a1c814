"""CSV import: read (reader), map columns to fields (fields), decide per row what to create,
update, skip or reject against the CRM and the file itself (planner), and run it in batches
as a Celery task with progress events (jobs)."""
