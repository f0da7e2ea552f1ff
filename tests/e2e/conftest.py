"""Fixtures for end-to-end tests."""

from e2e_support import live

__all__ = ["live"]
