"""SDR: reaching qualified leads. Cadences of steps; campaigns that enroll hunter leads and
have each first message drafted by the SDR agent and approved by a person before it goes out
(suppression checked at draft and at send); accepting a lead hands it to the CRM
(`LeadAccepted`, converted once into company, contact and deal); the suppression list; the
sending calendar (business hours in São Paulo, Brazilian holidays). The later steps'
scheduler and the replies come next."""
