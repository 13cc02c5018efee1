"""Bringing claims in from files and the clipboard: CSV, XLSX and pasted tab-separated text
become one ``Table`` of text cells, then columns are mapped onto a ``FormSchema``."""
