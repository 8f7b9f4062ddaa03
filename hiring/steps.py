"""The steps a candidate is invited to take, and their labels: one vocabulary for every package.

Kernel data, below every package: candidates validates and labels invitations with it,
assessments runs the timed steps, suitability the questionnaire, the portal lists them.
"""

from __future__ import annotations

# The timed steps a candidate is invited to take in the portal (each has a `Submission`).
STEPS = ("writing", "research")
# Steps without a timed `Submission`, kept apart so code that loops over STEPS stays right.
UNTIMED_STEPS = ("preferences",)
INVITED_STEPS = STEPS + UNTIMED_STEPS
STEP_LABELS = {"writing": "Writing test", "research": "Company-research exercise",
               "preferences": "Work-preference questionnaire"}
