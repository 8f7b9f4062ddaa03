"""Positions described by measurable outcomes."""
