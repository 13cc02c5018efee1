"""One adapter per platform, all on one HTTP transport (``http.py``) and one error family."""
