"""SQLite in the user's data folder: the outbox, drafts and the offline catalog cache."""
