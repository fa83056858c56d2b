"""The command line: ``python -m app …`` and the installed ``dalel`` command."""
