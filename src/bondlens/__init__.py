"""bondlens: a private, local-first connection journal with a relationship lens."""

__version__ = "0.1.0"
