"""Pure domain: field definitions, claims, rules and points. No Qt, no HTTP, no SQLite.

Import the submodules (``domain.fields``, ``domain.validation``, ``domain.myrewards``)
directly: ``domain.fields`` is light enough for the window's start-up path, the others
bring in pydantic."""
