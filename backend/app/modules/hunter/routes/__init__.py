"""The hunter's routes, one file per concept; `hunter.router` puts them under /hunter."""
