"""Forms of the questionnaire pages: the fields are built from the questionnaire's data."""

from __future__ import annotations

from collections.abc import Mapping

from flask_wtf import FlaskForm

from hiring.suitability.questionnaire import Questionnaire
from hiring.suitability.services import TraitEntry


class CsrfForm(FlaskForm):
    """The CSRF check of a page whose fields come from the questionnaire."""


def read_profile(questionnaire: Questionnaire, data: Mapping) -> tuple[dict, dict]:
    """Ranges per trait and the chosen knock-outs with their details, as typed."""
    traits = {
        t.key: TraitEntry(data.get(f"{t.key}-low", ""), data.get(f"{t.key}-high", ""),
                          data.get(f"{t.key}-outcome", ""), data.get(f"{t.key}-reason", ""))
        for t in questionnaire.traits
    }
    knockouts = {k.id: data.get(f"ko-{k.id}-detail", "") for k in questionnaire.knockouts
                 if data.get(f"ko-{k.id}") == "required"}
    return traits, knockouts


def read_answers(questionnaire: Questionnaire, data: Mapping) -> tuple[dict, dict]:
    """The answers (item id: value) and knock-out answers given in a posted form."""
    answers = {item.id: data.get(f"item-{item.id}") for item in questionnaire.items
               if data.get(f"item-{item.id}")}
    knockouts = {k.id: data.get(f"ko-{k.id}") for k in questionnaire.knockouts
                 if data.get(f"ko-{k.id}")}
    return answers, knockouts
