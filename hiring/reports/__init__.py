"""Reports: position dashboard, comparison, cost of a bad hire, adverse impact, validity, API."""
