"""What an email offers the reader: lists of features and results, and generic asks.
Every example is written here."""

import pytest

from hiring.analysis.writing import analyse


def spans(text, code, **kwargs):
    """The text each finding with `code` points at."""
    result = analyse(text, **kwargs)
    return [text[f.start : f.end] for f in result.findings if f.code == code]


# A list of what the writer offers is seen also when a blank line parts it from the line that
# introduces it.
@pytest.mark.parametrize("dump", [
    "Hi Maria,\n\nBesides trays we also make a wide range of racks, including:\n\n- Shelf racks\n"
    "- Cart racks\n- Wall racks\n\nWorth a look?\n\n-- Sam",
    "Our kit covers:\n\n\n1. Scoring\n2. Routing\n3. Forecasting",
])
def test_a_feature_list_after_a_blank_line_is_marked(dump):
    assert analyse(dump).measures["feature_list_count"] == 1
    found = spans(dump, "feature_list")
    assert len(found) == 1 and found[0].endswith(("Wall racks", "3. Forecasting"))


# A list of what others struggle with, or of results with a figure each, is the reader's problem
# or proof, not a feature dump; a list of features with one figure among them still is.
@pytest.mark.parametrize("fine", [
    "I keep hearing three answers:\n1. Hire faster\n2. Cut scope\n3. Buy tools",
    "We work with clinics on rotas. Most are dealing with:\n- Late swaps\n- Double bookings\n"
    "- Overtime nobody approved",
    "After our rota tool went live at Harbor Hill:\n- Swaps: 40 -> 12 a week\n"
    "- Overtime: down 30%\n- Time saved: 6 hours/week per manager",
    "Our kit covers:\n\n- scoring for your leads\n- your routing\n- your forecasts",
])
def test_problems_others_have_and_results_with_figures_are_not_a_feature_list(fine):
    assert spans(fine, "feature_list") == []


def test_features_with_one_figure_among_them_are_still_a_feature_list():
    dump = "We have:\n- 10x faster sync\n- A friendly team\n- A big roadmap\n\nWorth a look?"
    assert analyse(dump).measures["feature_list_count"] == 1


# A question in the subject line is the ask when the body asks nothing ("Should I close your
# file?" over a closing note); when the body asks it again, it is one ask, not two. A subject
# labelled "Subject line:" is a subject. Examples written here.
def test_a_subject_question_asked_again_in_the_body_is_one_ask():
    email = ("Subject: Should I close your file?\n\nHi Dana,\n\nI wrote twice about rota swaps. "
             "Should I assume this is not a priority and close your file? If not, just reply "
             "with a good time.\n\nSam")
    assert spans(email, "call_to_action", is_email=True) == [
        "Should I assume this is not a priority and close your file?",
        "If not, just reply with a good time."]
    assert analyse(email, is_email=True).measures["ask_count"] == 2


def test_a_subject_question_over_a_body_that_asks_nothing_is_the_ask():
    email = ("Subject: Should I close your file?\n\nHi Dana,\n\nI wrote twice about rota swaps "
             "and will leave it here.\n\nSam")
    assert spans(email, "call_to_action", is_email=True) == ["Subject: Should I close your file?"]


@pytest.mark.parametrize("first_line", ["Subject line: Rota swaps at Harbor Hill",
                                        "Subject: Rota swaps at Harbor Hill",
                                        "SUBJECT LINE:Rota swaps"])
def test_a_subject_line_label_is_a_subject(first_line):
    email = f"{first_line}\n\nHi Dana,\n\nWorth a call on Thursday?\n\nSam"
    found = {f.code for f in analyse(email, is_email=True).findings}
    assert "missing_subject" not in found and "missing_greeting" not in found


@pytest.mark.parametrize("first_line", ["Subject lines matter: keep them short.",
                                        "The subject: rota swaps."])
def test_a_line_about_subject_lines_is_not_a_subject(first_line):
    email = f"{first_line}\n\nHi Dana,\n\nWorth a call on Thursday?\n\nSam"
    assert "missing_subject" in {f.code for f in analyse(email, is_email=True).findings}


# A pleasantry ("How are you?", "How's your summer going?") asks nothing the email is about; a
# question about the reader's work that opens the same way still asks. Examples written here.
@pytest.mark.parametrize("pleasantry", ["How are you?", "Hi Kate, how are things?",
                                        "How's your summer going?", "How have you been lately?",
                                        "How is your week going so far?"])
def test_a_pleasantry_is_not_an_ask(pleasantry):
    email = f"Hi Kate,\n\n{pleasantry}\n\nI attached the rota notes from the Harbor visit.\n\nSam"
    assert spans(email, "call_to_action", is_email=True) == []
    assert analyse(email, is_email=True).measures["ask_level"] == 1


@pytest.mark.parametrize("question", ["How are you handling rota swaps this winter?",
                                      "How is your team covering the Harbor site?",
                                      "How are things going with the rota pilot?"])
def test_a_question_about_the_readers_work_is_still_an_ask(question):
    email = f"Hi Kate,\n\n{question}\n\nI attached the rota notes from the Harbor visit.\n\nSam"
    assert spans(email, "call_to_action", is_email=True) == [question]


# An offer of unnamed material in any form of the verb, and asking to be passed on to someone
# else, are generic asks; an offer of one named thing and a question to the reader are not.
# Examples written here.
@pytest.mark.parametrize("ask", [
    "Would it be alright if I sent you some info?",
    "May I provide you with more information?",
    "Can I speak with someone from your rota team?",
    "Could you put me in touch with whoever runs rotas?",
])
def test_unnamed_material_and_asking_for_someone_else_are_generic_asks(ask):
    email = f"Hi Kate,\n\nYour Harbor site swaps shifts by phone.\n\n{ask}\n\nSam"
    assert analyse(email, is_email=True).measures["weak_ask_count"] == 1


@pytest.mark.parametrize("ask", [
    "Would it be alright if I sent you the rota audit we ran on Harbor?",
    "May I provide you with a sample rota for the Harbor site?",
    "Can I speak with you on Thursday about the Harbor rota?",
    "Could you tell me who someone new should call about rotas?",
])
def test_a_named_offer_or_a_question_to_the_reader_is_not_generic(ask):
    email = f"Hi Kate,\n\nYour Harbor site swaps shifts by phone.\n\n{ask}\n\nSam"
    measures = analyse(email, is_email=True).measures
    assert measures["ask_count"] == 1 and measures["weak_ask_count"] == 0


# Help offered with nothing named leaves the reader to find a use for it, and is a generic ask;
# an offer of one named thing, or more time, is not. Examples written here.
@pytest.mark.parametrize("ask", [
    "Let me know if you need any further details about our rota tool.",
    "Let me know if you require anything else from us.",
    "Let me know if you would like more information on this.",
    "Let me know if you need any specific help regarding rotas.",
])
def test_help_offered_with_nothing_named_is_a_generic_ask(ask):
    email = f"Hi Kate,\n\nYour Harbor site swaps shifts by phone.\n\n{ask}\n\nSam"
    measures = analyse(email, is_email=True).measures
    assert (measures["ask_count"], measures["weak_ask_count"], measures["ask_level"]) == (1, 1, 3)


@pytest.mark.parametrize("ask", [
    "Let me know if you need the Harbor rota audit by Friday.",
    "Let me know if you need more time to review the quote.",
    "Let me know if you want the pilot to start on May 4.",
])
def test_a_named_thing_or_more_time_offered_is_not_a_generic_ask(ask):
    email = f"Hi Kate,\n\nYour Harbor site swaps shifts by phone.\n\n{ask}\n\nSam"
    measures = analyse(email, is_email=True).measures
    assert (measures["ask_count"], measures["weak_ask_count"], measures["ask_level"]) == (1, 0, 4)


# The words of a field for the reader ("[Company]", "{{company}}") name nobody the reader could
# ask, so a claim about the reader's company is still unsupported; a field for another customer
# ("[Similar Company]") or a real name stands for proof. Examples written here.
@pytest.mark.parametrize("claim", ["We could add significant value to [Company].",
                                   "We could add significant value to {{company}}."])
def test_a_claim_about_the_readers_own_field_is_unsupported(claim):
    assert len(spans(f"Hi Kate,\n\n{claim}\n\nSam", "unsupported_claim")) == 1


@pytest.mark.parametrize("claim", ["We added significant value at [Similar Company].",
                                   "We added significant value at Harbor Hill."])
def test_a_claim_naming_another_customer_is_supported(claim):
    assert spans(f"Hi Kate,\n\n{claim}\n\nSam", "unsupported_claim") == []


# A claim to lead a market is proof nobody could check, marked once even where a phrase list
# marks it too; "leading" as a verb of cause or of the reader's own work is not. Examples
# written here.
@pytest.mark.parametrize("claim, marked", [
    ("We are a leading AI-powered rota platform.", "a leading AI-powered rota platform"),
    ("Our tools are leading the industry.", "leading the industry"),
    ("We helped a leading clinic brand cut swaps.", "a leading clinic brand"),
    ("We are a leading provider of rota tools.", "a leading provider"),
])
def test_a_claim_to_lead_is_vague_proof(claim, marked):
    found = spans(f"Hi Kate,\n\n{claim}\n\nSam", "vague_proof")
    assert found == [marked]


@pytest.mark.parametrize("fine", [
    "Late swaps are the leading cause of overtime at clinics.",
    "Swaps by phone are leading to missed shifts at Harbor.",
    "I saw you are leading the rota project at Harbor.",
])
def test_leading_as_a_cause_or_the_readers_work_is_not_vague_proof(fine):
    assert spans(f"Hi Kate,\n\n{fine}\n\nSam", "vague_proof") == []


# An ask without its pronoun opening a sentence ("Would love to catch up ...") is an ask, as
# generic as "I'd love to"; "would love to" after someone else ("They would love to ...", "and
# would love to") is not the writer's ask. Examples written here.
@pytest.mark.parametrize("ask", ["Would love to catch up if you have 15 minutes.",
                                 "Thanks again. Would love to chat about the Harbor rota."])
def test_an_ask_without_its_pronoun_is_a_generic_ask(ask):
    email = f"Hi Kate,\n\nYour Harbor site swaps shifts by phone.\n\n{ask}\n\nSam"
    measures = analyse(email, is_email=True).measures
    assert measures["ask_count"] == 1 and measures["weak_ask_count"] == 1


@pytest.mark.parametrize("line", ["Your nurses would love to swap shifts by app.",
                                  "The Harbor team would love to catch up on rotas."])
def test_would_love_to_after_someone_else_is_not_an_ask(line):
    email = f"Hi Kate,\n\n{line}\n\nSam"
    assert analyse(email, is_email=True).measures["ask_count"] == 0


# A closing note that leaves the door open ("the door is open", "my door's always open") leaves
# an offer to take up (level 3); a door in another sense does not. Examples written here.
@pytest.mark.parametrize("line, level", [
    ("I won't write again. If rotas come back on your radar, the door is open.", 3),
    ("I'll close your file. My door's always open.", 3),
    ("I'll close your file. The clinic door is painted blue.", 1),
])
def test_an_open_door_leaves_an_offer(line, level):
    email = f"Hi Kate,\n\n{line}\n\nSam"
    assert analyse(email, is_email=True).measures["ask_level"] == level


# A short reply asked for ("A quick reply would help me ...", "hit reply") is an ask; a reply
# the writer got, or a quick answer the writer gives, is not. Examples written here.
@pytest.mark.parametrize("ask", [
    "A quick reply would help me plan: still keen, busy, or no longer a fit?",
    "A one-word answer is fine - yes or no.",
    "If swaps still hurt, hit reply and I'll send the Harbor numbers.",
])
def test_a_short_reply_asked_for_is_an_ask(ask):
    email = f"Hi Kate,\n\nYour Harbor site swaps shifts by phone.\n\n{ask}\n\nSam"
    assert analyse(email, is_email=True).measures["ask_count"] == 1


@pytest.mark.parametrize("line", [
    "Thanks for the quick reply last week about the Harbor rota.",
    "The short answer is that swaps by phone cost Harbor a day a week.",
])
def test_a_reply_received_or_an_answer_given_is_not_an_ask(line):
    email = f"Hi Kate,\n\n{line}\n\nSam"
    assert analyse(email, is_email=True).measures["ask_count"] == 0


# An offer the reader can take up beside the questions asked ("Happy to share how.", "Either
# way, happy to send ...") is not one more ask to answer: two questions and an offer are not
# several asks; three questions, with or without an offer, still are. Examples written here.
@pytest.mark.parametrize("close", [
    "Could you send me the current rota? Would Thursday suit a call?\n\n"
    "Either way, happy to send the swap audit we use.",
    "Could you send me the current rota?\n\nWe cut Leeds' swaps by half. Happy to share how."
    "\n\nWould Thursday suit a call?",
    "Could you send me the current rota? Would Thursday suit a call?\n\n"
    "PS - glad to walk your team through the Leeds numbers.",
])
def test_two_questions_and_an_offer_are_not_several_asks(close):
    email = f"Hi Kate,\n\nYour Harbor site swaps shifts by phone.\n\n{close}\n\nSam"
    result = analyse(email, is_email=True)
    assert result.measures["ask_count"] == 2
    assert "several_asks" not in {f.code for f in result.findings}


@pytest.mark.parametrize("close", [
    "Could you send me the current rota? Can you forward it to Ravi? Would Thursday suit a call?",
    "Could you send me the current rota? Can you forward it to Ravi? Would Thursday suit a call?"
    "\n\nHappy to share the Leeds numbers.",
])
def test_three_questions_are_still_several_asks(close):
    email = f"Hi Kate,\n\nYour Harbor site swaps shifts by phone.\n\n{close}\n\nSam"
    result = analyse(email, is_email=True)
    assert result.measures["ask_count"] == 3
    assert "several_asks" in {f.code for f in result.findings}


# The writer's wish to meet or talk, put as the ask with no time in it, and a conversation asked
# for with nothing named to talk about, give the reader only the writer's agenda to answer:
# generic asks. Examples written here.
@pytest.mark.parametrize("ask", [
    "I would like to set up a meeting with you soon to go over our rota platform.",
    "I'd like to explore the possibility of a partnership between our two firms.",
    "We would like to discuss a staffing partnership with your group.",
    "I'd like to speak with you about what RotaKit does.",
    "Would you be free to have a conversation?",
    "Could we arrange a short conversation in the coming weeks?",
])
def test_the_writers_wish_to_meet_or_a_conversation_about_nothing_is_a_generic_ask(ask):
    email = f"Hi Kate,\n\nYour Harbor site swaps shifts by phone.\n\n{ask}\n\nSam"
    measures = analyse(email, is_email=True).measures
    assert (measures["ask_count"], measures["weak_ask_count"], measures["ask_level"]) == (1, 1, 3)


@pytest.mark.parametrize("ask", [
    "I'd like to meet on Thursday at 10 to walk through the Harbor rota.",
    "I would like to schedule the pilot call for next week, if that suits you.",
    "Would you like to meet at the Harbor site on Friday?",
    "Would you be free to have a conversation about the Harbor night rota?",
    "I'd like to send you the swap log we pulled from Harbor - want it?",
])
def test_a_time_a_topic_or_a_question_to_the_reader_is_not_a_generic_ask(ask):
    email = f"Hi Kate,\n\nYour Harbor site swaps shifts by phone.\n\n{ask}\n\nSam"
    measures = analyse(email, is_email=True).measures
    assert measures["ask_count"] == 1 and measures["weak_ask_count"] == 0


# An invitation to the reader to take part in something of the writer's (a guest spot, a talk,
# a panel) is a specific ask the reader can say yes to; the writer's wish to talk, show or
# have the reader try something stays generic. Examples written here.
@pytest.mark.parametrize("ask", [
    "We'd love to have you on our rota podcast to talk about your night-shift study.",
    "I would love to invite you to speak at our Leeds nursing meetup in May.",
    "We would love to have someone from your team present the swap study to our members.",
])
def test_an_invitation_to_the_reader_is_a_specific_ask(ask):
    email = f"Hi Kate,\n\nYour Harbor site swaps shifts by phone.\n\n{ask}\n\nSam"
    measures = analyse(email, is_email=True).measures
    assert (measures["ask_count"], measures["weak_ask_count"], measures["ask_level"]) == (1, 0, 4)


@pytest.mark.parametrize("ask", [
    "I'd love to show you how RotaKit handles swaps.",
    "We'd love to have you try RotaKit for a month.",
    "I would love to invite you to a quick demo of RotaKit.",
    "We would love to have you on a call to discuss how we can help.",
])
def test_the_writers_wish_beside_an_invitation_stays_a_generic_ask(ask):
    email = f"Hi Kate,\n\nYour Harbor site swaps shifts by phone.\n\n{ask}\n\nSam"
    measures = analyse(email, is_email=True).measures
    assert (measures["ask_count"], measures["weak_ask_count"], measures["ask_level"]) == (1, 1, 3)


# A pitch that leaves its relevance to chance ("If you're doing any stories on ...") could go
# to anyone, whatever else it names; saying what the reader covers, or a condition on the
# reader's plans that is not about what they cover, is not marked.
@pytest.mark.parametrize("line", [
    "If you're doing any stories on hospital staffing, our founder Ana Ruiz can talk rotas.",
    "If you are writing a piece about night shifts, I can share Harbor Hill's swap figures.",
])
def test_relevance_left_to_chance_is_a_generic_pitch(line):
    email = f"Hi Kate,\n\n{line}\n\nWould a call on Thursday help?\n\nSam"
    assert analyse(email, is_email=True).measures["generic_pitch_count"] == 1


@pytest.mark.parametrize("line", [
    "Your piece on night shifts at Harbor Hill named swaps as the pain; Ana Ruiz can add figures.",
    "If you're planning a rota change at Harbor this winter, I can share our swap figures.",
])
def test_what_the_reader_covers_named_is_not_a_generic_pitch(line):
    email = f"Hi Kate,\n\n{line}\n\nWould a call on Thursday help?\n\nSam"
    assert analyse(email, is_email=True).measures["generic_pitch_count"] == 0


# The writer's stock material attached to a cold email (a brochure, a price list, a résumé, a
# bio) leaves the reader to dig for a reason, as "Can I send you some info?" does: a generic
# offer, the ask at level 3 at best. Material tied to the reader or asked for is not.
@pytest.mark.parametrize("line, stock", [
    ("Please find our brochure attached for the full range.", "brochure attached"),
    ("I've attached her bio so you can see her background.", "attached her bio"),
    ("I am sending the enclosed resume to introduce myself.", "enclosed resume"),
    ("Attached is our price list for 2026.", "Attached is our price list"),
])
def test_stock_material_attached_is_a_generic_offer(line, stock):
    email = f"Hi Maria,\n\nYour wards swap shifts by phone. {line}\n\nFree Thursday at 10?\n\nSam"
    assert stock in spans(email, "weak_ask", is_email=True)
    assert analyse(email, is_email=True).measures["ask_level"] == 3


@pytest.mark.parametrize("line", [
    "The case study I mentioned on our call is attached.",
    "I've attached the proposal you asked for, with the Leeds figures.",
    "We cut swaps at Harbor Hill by half, no strings attached.",
    "Your bio on the conference page says you ran rotas for ten years.",
])
def test_material_tied_to_the_reader_or_asked_for_is_not_a_generic_offer(line):
    email = f"Hi Maria,\n\nYour wards swap shifts by phone. {line}\n\nFree Thursday at 10?\n\nSam"
    assert spans(email, "weak_ask", is_email=True) == []
    assert analyse(email, is_email=True).measures["ask_level"] == 4
