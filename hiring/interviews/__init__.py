"""Structured interviews: question bank, plans, panels, scorecards, debrief, calibration."""
