"""The company-research exercise: the fact sheet it is checked against, import and export."""
