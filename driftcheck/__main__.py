"""``python -m driftcheck`` runs the command-line tool."""

from driftcheck.cli import main

main()
