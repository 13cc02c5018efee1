"""The jobs the UI and the CLI share: load, validate, submit, record."""
