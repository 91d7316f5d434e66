"""Build a knowledge graph of transnational party networks."""

__version__ = "0.1.0"
