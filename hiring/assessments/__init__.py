"""Timed written exercises (writing test, research exercise): prompts, submissions, review."""
