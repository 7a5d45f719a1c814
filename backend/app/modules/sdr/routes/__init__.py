"""The SDR's routes, one file per concept; `sdr.router` puts them under /sdr."""
