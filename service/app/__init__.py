"""The front doors over one Pipeline: the `pl2en` CLI (cli.py, batch.py, evaluate.py,
memory_cli.py), the REST API (server.py) and the page (ui.py), which share gate.py."""
