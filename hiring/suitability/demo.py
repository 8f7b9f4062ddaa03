"""Demo data: the first position's work-preference profile, finished and half-done answers."""

from __future__ import annotations

from datetime import timedelta

from hiring.db import utcnow
from hiring.suitability import services
from hiring.suitability.questionnaire import get_questionnaire

ORDER = 50  # after the candidates' histories, before the reports

# Per trait: the range, the outcome (by position) it serves and why.
REASONS = {
    "prospecting": (0, "Four to six new customers by the tenth month come from many first "
                       "conversations with strangers."),
    "account_care": (3, "Referenceable customers are the ones looked after once they sign."),
    "self_learning": (0, "Learning logistics buyers' business quickly is what makes the first "
                         "meetings count."),
    "research_first": (1, "Meetings with new customers are won by knowing their business first."),
    "written_persuasion": (1, "Most first contacts with mid-market buyers are written."),
    "plan_to_results": (4, "Forecasts within 10% come from a plan that is checked weekly."),
}
FINISHED = ("Amara Okafor", "Hannah Schmidt", "Kwame Mensah", "Noah Fischer", "Mei Tanaka")
HALFWAY = "Chen Wei"


def _answers(questionnaire, seed: int) -> dict:
    """A deterministic, plausible set of answers that differs per candidate."""
    answers = {}
    for number, item in enumerate(questionnaire.items):
        if item.type == "choice":
            answers[item.id] = "a" if (number + seed) % 3 else "b"
        else:
            answers[item.id] = 2 if item.reverse else [4, 5, 4, 3, 5][(number + seed) % 5]
    return answers


def seed(demo) -> None:
    """A profile on the first position; five candidates handed in, one stopped halfway."""
    if not demo.positions:
        return
    position = demo.positions[0]
    questionnaire = get_questionnaire()
    outcomes = position.outcomes
    traits = {}
    for trait in questionnaire.traits:
        index, reason = REASONS.get(trait.key, (min(2, len(outcomes) - 1),
                                                f"{trait.label} supports this outcome."))
        traits[trait.key] = services.TraitEntry(str(trait.ideal[0]), str(trait.ideal[1]),
                                                str(outcomes[index].id), reason)
    services.save_profile(position, traits, {"right_to_work": "",
                                             "territory": "the Midwest territory"},
                          demo.users["manager@demo.test"])
    now = utcnow()
    by_name = {c.name: c for c in demo.candidates if c.position_id == position.id}
    for seed_number, name in enumerate(FINISHED):
        candidate = by_name.get(name)
        if candidate is None:
            continue
        knockouts = {"right_to_work": "yes",
                     "territory": "no" if name == "Kwame Mensah" else "yes"}
        services.save_answers(candidate, 1, _answers(questionnaire, seed_number), knockouts,
                              now - timedelta(days=6 - seed_number))
        services.hand_in(candidate, services.snapshot(candidate).score(),
                         now - timedelta(days=6 - seed_number))
    candidate = by_name.get(HALFWAY)
    if candidate is not None:
        half = dict(list(_answers(questionnaire, 7).items())[:len(questionnaire.items) // 2])
        services.save_answers(candidate, 1, half, {"right_to_work": "yes"},
                              now - timedelta(hours=20))
