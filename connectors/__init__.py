"""Connectors: each turns one kind of source into an Inventory fragment."""
