"""SDR: reaching qualified leads. Today: accepting a lead hands it to the CRM (`LeadAccepted`,
converted once into company, contact and deal). Cadences, campaigns, the approval queue,
sending and replies come next (issue 6)."""
