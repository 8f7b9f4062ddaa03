"""The work-preference and eligibility questionnaire: `questionnaire` (pure: data, scoring),
`cli` (`flask suitability questionnaire|score`)."""
