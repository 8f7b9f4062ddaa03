"""Limits more than one checker uses, named once."""

# Enough of the text before a full stop to hold any abbreviation or initial ("approx.", "A.").
ABBREVIATION_LOOKBACK = 40
