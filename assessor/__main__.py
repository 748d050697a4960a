"""``python -m assessor`` runs the command line."""

from assessor.cli import main

main()
