"""Persistence: typed SQLAlchemy 2 models, engine and the unit of work."""
