"""The work-preference questionnaire as data: loaded, validated and scored (pure).

`rubrics/questionnaires/*.toml` hold the traits, the items and the eligibility knock-outs.
Loading reports every problem at once with the file and key path, as rubric loading does
("work-preferences.toml: items[3].a.trait: unknown trait 'x'"). A questionnaire's digest is
the sha256 of the canonical JSON of everything parsed, stored with each result.

Scoring, for each trait, averages the items keyed to it: a 1-5 rating counts (rating - 1) / 4
(reversed when the item is reverse-keyed), a forced choice counts 1 for the trait whose
statement was chosen and 0 for the other. A trait's score is that mean times 100. Fit against
the position's ideal range: within, below or above; a trait's fit value falls linearly from 1
inside the range to 0 at `FIT_SPAN` points outside it, and suitability is the mean fit times
100. Consistency is the mean agreement of mirrored items: a mirrored choice agrees when the
same trait is chosen both times; a mirrored rating agrees by 1 - |difference| / 4 of the keyed
answers.

What is where:
  model.py    the questionnaire's parts (traits, items, knock-outs) and QuestionnaireError
  scoring.py  a position's profile, checking answers, trait scores, fit, consistency,
              eligibility and the scored result
  loading.py  reading and validating rubrics/questionnaires/*.toml, digests, the registry
"""

from hiring.suitability.questionnaire.loading import digest, get_questionnaire, load_questionnaires
from hiring.suitability.questionnaire.model import (
    DEFAULT_DIRECTORY,
    DEFAULT_ID,
    FIT_SPAN,
    KNOCKOUT_ANSWERS,
    MAX_DETAIL,
    RATING_MAX,
    RATING_MIN,
    SCHEMA,
    Item,
    Knockout,
    Questionnaire,
    QuestionnaireError,
    Side,
    Trait,
)
from hiring.suitability.questionnaire.scoring import (
    Profile,
    Requirement,
    Result,
    TraitResult,
    check_answers,
    consistency,
    eligibility,
    fit_of,
    parse_profile,
    score,
    trait_scores,
)

__all__ = [
    "DEFAULT_DIRECTORY",
    "DEFAULT_ID",
    "FIT_SPAN",
    "Item",
    "KNOCKOUT_ANSWERS",
    "Knockout",
    "MAX_DETAIL",
    "Profile",
    "Questionnaire",
    "QuestionnaireError",
    "RATING_MAX",
    "RATING_MIN",
    "Requirement",
    "Result",
    "SCHEMA",
    "Side",
    "Trait",
    "TraitResult",
    "check_answers",
    "consistency",
    "digest",
    "eligibility",
    "fit_of",
    "get_questionnaire",
    "load_questionnaires",
    "parse_profile",
    "score",
    "trait_scores",
]
