"""Extractors: spaCy ``Doc`` (or plain text) in, small typed records out."""
