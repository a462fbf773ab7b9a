"""``python -m mideast_statements`` runs the command line."""

from .cli import entry

entry()
