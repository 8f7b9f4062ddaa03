"""A stiff register and stock proof in sales emails: the reader's needs reasoned out for them,
courtesy in the passive, a count of clients as proof, and a stock ask open to nothing."""

import pytest

from hiring.analysis.writing import analyse


def spans(text, code, **kwargs):
    result = analyse(text, **kwargs)
    return [text[f.start : f.end] for f in result.findings if f.code == code]


def _email(body: str) -> str:
    return f"Hi Priya,\n\nCongrats on opening the Leeds warehouse.\n\n{body}\n\nBest,\nOwen"


# ------------------------------------------------------- needs reasoned out for the reader


@pytest.mark.parametrize("sentence", [
    "Your new warehouse indicates a sharp rise in order volume, likely resulting in longer "
    "picking times.",
    "Opening a second site suggests a larger staff, necessitating a structured onboarding "
    "process.",
    "A headcount of that size implies a busy front desk that requires round-the-clock cover.",
])
def test_needs_reasoned_out_for_the_reader_weigh_on_tone(sentence):
    email = _email(sentence)
    assert spans(email, "presumed_need", is_email=True) == [sentence]
    measures = analyse(email, is_email=True).measures
    assert measures["presumed_need_count"] == 1
    assert measures["cliche_count"] >= 1


def test_the_same_inference_wrapped_over_lines_is_one_finding():
    sentence = ("The expansion suggests more drivers on the road,\nrequiring better route "
                "planning across the fleet.")
    assert spans(_email(sentence), "presumed_need", is_email=True) == [sentence]


@pytest.mark.parametrize("sentence", [
    # How people talk about a consequence, not the language of a report.
    "A second site usually means your pickers learn a new layout.",
    # Asking, not presuming.
    "Does the new site suggest a need for more drivers, or is the fleet keeping up?",
    # An inference with no need or consequence drawn for the reader.
    "Your job post suggests you are growing the sales team.",
    # The need and the inference verb in different paragraphs.
    "The survey suggests growth.\n\nWe will likely be in Leeds in May.",
])
def test_talk_questions_and_plain_inferences_are_not_marked(sentence):
    assert spans(_email(sentence), "presumed_need", is_email=True) == []


# ------------------------------------------------------------------ courtesy in the passive


@pytest.mark.parametrize("text, phrase", [
    ("Your patience is greatly appreciated.", "is greatly appreciated"),
    ("The delay to your shipment was regretted by all.", None),
    ("You are reminded that the invoice falls due on Friday.", "are reminded"),
    ("Your complaint has been noted and will be reviewed.", "been noted"),
])
def test_courtesy_in_the_passive_reads_as_an_official_notice(text, phrase):
    found = spans(text, "officialese")
    assert found == ([phrase] if phrase else [])
    assert analyse(text).measures["officialese_count"] == (1 if phrase else 0)


def test_courtesy_said_by_the_writer_is_not_officialese():
    text = "I'm sorry the delivery was late, and I appreciate your patience."
    assert spans(text, "officialese") == []
    assert analyse(text).measures["cliche_count"] == 0


# -------------------------------------------------------------- a count of clients as proof


@pytest.mark.parametrize("claim", [
    "We help 200+ retailers selling on Amazon and Etsy ship orders faster.",
    "We work with more than 1,500 companies using Shopify to cut returns.",
])
def test_a_count_of_clients_is_not_proof_beside_the_names_of_their_tools(claim):
    found = analyse(claim).findings
    claims = [f for f in found if f.code == "unsupported_claim"]
    assert [claim[f.start : f.end] for f in claims] == [claim]
    assert "count of clients" in claims[0].message


def test_a_count_of_clients_with_the_clients_named_is_proof():
    claim = "We help 200+ retailers like Harrow Goods and Pinecrest ship orders faster."
    assert spans(claim, "unsupported_claim") == []


@pytest.mark.parametrize("sentence", [
    "We help teams with warehouse onboarding.",
    "We work with a few logistics firms on route planning, and I'm curious how you handle it.",
])
def test_saying_what_the_writer_works_on_is_not_a_claim_of_results(sentence):
    assert spans(sentence, "unsupported_claim") == []


def test_a_result_claimed_beside_the_work_is_still_a_claim():
    claim = "We help teams with onboarding and cut their costs."
    assert spans(claim, "unsupported_claim") == [claim]


# ----------------------------------------------------------- a stock ask open to nothing


@pytest.mark.parametrize("ask", [
    "Would you be open to seeing how other warehouses manage it?",
    "Would you be open to hearing more?",
    "Would you be open to a quick chat?",
])
def test_a_stock_open_to_ask_is_below_a_question_about_the_readers_situation(ask):
    stock = analyse(_email(ask), is_email=True).measures
    own = analyse(_email("Are your pickers keeping up since the move, or is it still hectic?"),
                  is_email=True).measures
    assert (stock["ask_level"], stock["weak_ask_count"]) == (3, 1)
    assert own["ask_level"] == 4


def test_an_open_to_ask_with_a_concrete_meeting_stays_specific():
    ask = "Would you be open to a 15-minute call on Tuesday at 10:00 to compare pick rates?"
    assert spans(_email(ask), "weak_ask", is_email=True) == []


# ------------------------------------------------------- a benefit presumed for the reader


@pytest.mark.parametrize("sentence, marked", [
    ("I believe you could greatly benefit from our picking service.",
     "could greatly benefit from our"),
    ("Your pickers might benefit from this.", "might benefit from this"),
    ("It is a tool that I think Leeds could benefit from.", "could benefit from"),
    ("My experience could benefit your picking team.", "could benefit your"),
])
def test_a_benefit_presumed_for_the_reader_weighs_on_tone(sentence, marked):
    email = _email(sentence)
    assert spans(email, "presumed_need", is_email=True) == [marked]
    assert analyse(email, is_email=True).measures["cliche_count"] == 1


@pytest.mark.parametrize("sentence", [
    "Who in your network could benefit from a similar result at their warehouse?",
    "Leeds pickers benefit from shorter walks when fast movers sit near the dock.",
    "The benefit for Harbor was 40 fewer swaps a week.",
])
def test_a_named_benefit_is_not_presumed(sentence):
    assert spans(_email(sentence), "presumed_need", is_email=True) == []


# ------------------------------------------------------- tone faults of different kinds


def _tone(text):
    from hiring.rubrics import get_rubric, suggest_levels

    result = analyse(text, is_email=True).to_dict()
    suggested = suggest_levels(get_rubric("business-writing"), result["measures"],
                               result["findings"])
    return result["measures"]["tone_fault_kinds"], suggested["tone"].points


_PROOF = "One client saw 3x more replies. "
_NEED = ("Your new warehouse indicates a sharp rise in order volume, likely resulting in "
         "longer picking times. ")


@pytest.mark.parametrize("body", [
    _PROOF + _NEED + "Worth a call on Tuesday?",
    _PROOF + "I hope this email finds you well. Worth a call on Tuesday?",
    _NEED + "I hope this email finds you well. Worth a call on Tuesday?",
])
def test_tone_faults_of_two_kinds_are_generic_in_more_than_one_way(body):
    assert _tone(_email(body)) == (2, 2)


@pytest.mark.parametrize("body, kinds", [
    ("Worth a call on Tuesday?", 0),
    (_PROOF + "Worth a call on Tuesday?", 1),
    (_NEED + "Worth a call on Tuesday?", 1),
    # Two faults of one kind are "a stock phrase or two", not two kinds.
    (_PROOF + "A customer of ours got 40% more demos. Worth a call on Tuesday?", 1),
])
def test_one_kind_of_tone_fault_even_twice_is_a_slip(body, kinds):
    assert _tone(_email(body)) == (kinds, 4 if kinds == 0 else 3)


# ------------------------------------------------------- pressure on the reader


@pytest.mark.parametrize("sentence, phrase", [
    ("I have a rota planner you must meet before Friday.", "you must meet"),
    ("You're in luck: we have two pilot places left.", "You're in luck"),
    ("Book your slot and act now.", "act now"),
    ("Sign up before it's too late for the winter rota.", "before it's too late"),
    ("You can't afford to miss this offer on shift swaps.", "can't afford to miss"),
])
def test_pressure_on_the_reader_is_marked(sentence, phrase):
    assert spans(_email(sentence + " Worth a call on Tuesday?"), "pressure",
                 is_email=True) == [phrase]


@pytest.mark.parametrize("sentence", [
    "You must file the Leeds rota by Friday under the new rules.",
    "Your nurses must see the rota a week ahead.",
    "You can't afford to lose night staff this winter.",
    "We were in luck with the weather at the Leeds opening.",
    "The ward acted quickly when the rota changed.",
])
def test_rules_others_duties_and_the_readers_own_business_are_not_pressure(sentence):
    assert spans(_email(sentence + " Worth a call on Tuesday?"), "pressure",
                 is_email=True) == []


def _tone_points(text):
    from hiring.rubrics import get_rubric, suggest_levels

    result = analyse(text, is_email=True).to_dict()
    return suggest_levels(get_rubric("business-writing"), result["measures"],
                          result["findings"])["tone"].points


def test_one_pressing_phrase_is_a_note_of_pressure_and_two_press_the_reader():
    plain = "We cut shift swaps at a Leeds ward by half. Worth a call on Tuesday?"
    one = "You're in luck: we cut shift swaps at a Leeds ward by half. Worth a call on Tuesday?"
    two = one.replace("Worth a call", "Act now. Worth a call")
    assert [_tone_points(_email(b)) for b in (plain, one, two)] == [4, 2, 1]


# Exclamation marks all through an email raise its voice as capitals do: two or more outside the
# greeting line weigh on tone as shouting. One, or the greeting's own, is a writer's warmth.
# Examples written here.
@pytest.mark.parametrize("body", [
    "Your Harbor wards swap shifts by phone! RotaKit does it by text in a minute!",
    "Great news for Harbor Hill!!! We cut swaps by half at Leeds General!",
    "Congrats on the new ward!\n\nWorth a call on Thursday? It takes ten minutes!",
])
def test_two_exclamations_outside_the_greeting_are_shouting(body):
    text = f"Hi Kate,\n\n{body}\n\nSam"
    result = analyse(text, is_email=True)
    assert result.measures["shouting_count"] == 1
    assert [f.code for f in result.findings if f.code == "shouting"] == ["shouting"]


@pytest.mark.parametrize("text", [
    "Hi Kate!\n\nYour Harbor wards swap shifts by phone. Worth a call on Thursday!\n\nSam",
    "Hello there!\n\nCongrats on the new ward! Worth a call on Thursday?\n\nSam",
    "Hi Kate,\n\nYour Harbor wards swap shifts by phone. Worth a call on Thursday?\n\nSam",
])
def test_one_exclamation_or_the_greetings_own_is_not_shouting(text):
    result = analyse(text, is_email=True)
    assert result.measures["shouting_count"] == 0


# ------------------------------------------- a verdict on the reader's site, analysis unseen


@pytest.mark.parametrize("sentence, verdict", [
    ("Your website needs urgent work before the spring sales.", "Your website needs"),
    ("We found several errors on your site last week.", "found several errors on your site"),
    ("Your web site has several major SEO issues.", "Your web site has several major SEO issues"),
    ("Our team thinks your website requires a redesign.",
     "your website requires"),
    ("Sadly your site isn't ranking for your own name.", "your site isn't ranking"),
])
def test_a_verdict_on_the_readers_site_from_an_unseen_analysis_presumes_a_need(sentence,
                                                                               verdict):
    email = _email(sentence)
    assert spans(email, "presumed_need", is_email=True) == [verdict]
    assert analyse(email, is_email=True).measures["presumed_need_count"] == 1


@pytest.mark.parametrize("sentence", [
    "Your site lists six depots but only two phone numbers.",
    "Your website loads in 6 seconds on a phone; most shops load in 2.",
    "Your site needed a new checkout last year, you wrote in your post.",
    "Our site needs a new checkout, so I am asking a few shops what they use.",
    "I checked your site and saw the new Leeds depot on the map.",
])
def test_something_seen_on_the_readers_site_or_the_writers_own_is_not_a_verdict(sentence):
    assert spans(_email(sentence), "presumed_need", is_email=True) == []
