"""SDR: reaching qualified leads. Today: accepting a lead hands it to the CRM (`LeadAccepted`,
converted once into company, contact and deal), the suppression list, and the sending
calendar (business hours in São Paulo, Brazilian holidays). Cadences, campaigns, the
approval queue, sending and replies build on them."""
