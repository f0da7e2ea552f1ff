"""Tools for trying and testing the bot, not shipped: the local Bot API server, the sandbox, demo models.

Imported from a checkout of the repository only; the wheel and the Docker image leave this package out.
"""
