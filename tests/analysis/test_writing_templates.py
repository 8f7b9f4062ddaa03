"""Closing emails and templates: capitals in a template field or a reply keyword are no
shouting, a question in brackets is still the ask, "- Name" signs off, "reach me at" leaves an
offer open, and the silence named after the file is closed is no blame."""

import pytest

from hiring.analysis.writing import analyse


def codes(text, code, **kwargs):
    result = analyse(text, **kwargs)
    return [text[f.start : f.end] for f in result.findings if f.code == code]


TEMPLATE = """Subject: Leaving this here

Hi [FIRST NAME],

I wrote last week about cold-chain audits for [COMPANY NAME].

If the timing is off, reply "PAUSE" and I will check back in spring.

Best,
Nadia
"""


def test_capitals_inside_a_template_field_or_a_reply_keyword_are_not_shouting():
    assert codes(TEMPLATE, "shouting", is_email=True) == []
    assert codes(TEMPLATE, "name_in_capitals", is_email=True) == []
    assert analyse(TEMPLATE, is_email=True).measures["shouting_count"] == 0


# A field named in capitals before a note on what goes in it, however long the note, and the
# label of a subject line ("SUBJECT:", "SUBJECT: RE:") are no shouting; capitals in the subject
# itself, or a line opening in capitals with no colon, still are.
@pytest.mark.parametrize("text", [
    "SUBJECT: Rota swaps at Harbor\n\nHi Kate,\n\nWorth a call on Thursday?\n\nSam",
    "SUBJECT: RE: Rota swaps at Harbor\n\nHi Kate,\n\nWorth a call on Thursday?\n\nSam",
    "Hi Kate,\n\nOne more point: [KEY_BENEFIT_FOR_THEM — the saving that matters most to their "
    "ward, in one line].\n\nWorth a call on Thursday?\n\nSam",
])
def test_a_field_named_in_capitals_or_a_subject_label_is_not_shouting(text):
    assert codes(text, "shouting", is_email=True) == []


@pytest.mark.parametrize("text, shouted", [
    ("SUBJECT: FREE rota swaps\n\nHi Kate,\n\nWorth a call on Thursday?\n\nSam", "FREE"),
    ("Hi Kate,\n\nSUBJECT TO CHANGE without notice.\n\nWorth a call?\n\nSam",
     "SUBJECT TO CHANGE"),
    ("Hi Kate,\n\nOne more point: [a saving that is HUGE for every ward in Leeds and in York "
     "alike].\n\nWorth a call?\n\nSam", "HUGE"),
])
def test_capitals_in_the_subject_or_in_a_long_note_are_still_shouting(text, shouted):
    assert codes(text, "shouting", is_email=True) == [shouted]


def test_capitals_in_the_text_itself_still_shout():
    text = TEMPLATE.replace("If the timing is off", "PLEASE READ THIS NOW if the timing is off")
    assert codes(text, "shouting", is_email=True) == ["PLEASE READ THIS NOW"]


@pytest.mark.parametrize("last", ["(If not, who on your team looks after audits?)",
                                  '"Is spring better for you?"'])
def test_a_question_in_brackets_or_quotes_is_the_ask(last):
    email = f"Hi Nadia,\n\nI wrote last week about cold-chain audits.\n\n{last}\n\nBest,\nOwen"
    measures = analyse(email, is_email=True).measures
    assert measures["ask_count"] == 1
    assert codes(email, "no_call_to_action", is_email=True) == []


@pytest.mark.parametrize("sign", ["- Owen", "- [Your name]", "- Owen Price"])
def test_a_name_after_a_hyphen_on_the_last_line_signs_off(sign):
    email = f"Hi Nadia,\n\nIs the audit still on for May?\n\n{sign}\n"
    assert codes(email, "missing_sign_off", is_email=True) == []


def test_a_list_item_in_the_middle_is_not_a_sign_off():
    email = "Hi Nadia,\n\nWe cover:\n- Audits\n- Training\n\nIs May good for you?\n"
    assert codes(email, "missing_sign_off", is_email=True) != []


def test_reach_me_at_leaves_an_offer_open():
    email = ("Hi Nadia,\n\nI'm closing the file on the audit for now.\n\nIf it comes back up, "
             "you can reach me at 555 0100.\n\nBest,\nOwen")
    assert analyse(email, is_email=True).measures["ask_level"] == 3


@pytest.mark.parametrize("sentence", [
    "Taking you off my list since I haven't heard back.",
    "I'm closing your file, as we haven't heard back.",
])
def test_the_silence_named_after_closing_the_file_is_not_blame(sentence):
    assert codes(sentence, "blame") == []


def test_the_silence_named_alone_is_still_blame():
    sentence = "It's been three weeks and I haven't heard back."
    assert codes(sentence, "blame") == ["I haven't heard back"]


# The reader named in the greeting while a field for the reader's company or name is still in
# brackets: the merge ran halfway, so the fields are placeholders left in. A greeting by field,
# a greeting without a name, or only the writer's and other companies' fields keep a template.
# Examples written here.
@pytest.mark.parametrize("text", [
    "Hi Dana,\n\nWe both know [MUTUAL CONTACT]. Could I show [COMPANY NAME] our results?\n\nSam",
    "Subject: ramp time\n\nHello Dana,\n\nWould [Company Name] want a [Product] demo?\n\nSam",
])
def test_a_named_reader_beside_an_unfilled_reader_field_is_a_placeholder_left_in(text):
    measures = analyse(text, is_email=True).measures
    assert measures["placeholder_count"] == 2
    assert measures["template_field_count"] == 0


@pytest.mark.parametrize("text", [
    "Hi {{First_Name}},\n\nWe helped [Company] cut ramp to 45 days.\n\n[Your Name]",
    "Hi there,\n\nWe helped [Company] and [Similar Company] cut ramp.\n\nSam",
    "Hi Dana,\n\nWe helped [Similar Company] cut ramp at [Their Site].\n\n[Your Name]",
])
def test_a_template_addressed_by_field_or_without_a_reader_field_stays_a_template(text):
    measures = analyse(text, is_email=True).measures
    assert measures["placeholder_count"] == 0
    assert measures["template_field_count"] >= 2


# An email whose first words address one field for the reader's name, with no greeting before
# it, is a template's opening line; one field anywhere else, one marked unfinished, or a lone
# field after "Hi" is still a placeholder left in. Examples written here.
@pytest.mark.parametrize("text", [
    "[Name], clinics your size lose a day a week to rota swaps. We fixed that for Harbor Hill"
    " - worth a look?",
    "Subject: rota swaps\n\n{{first_name}}: we cut swaps at Harbor Hill by half. Worth a look?",
])
def test_one_field_addressing_the_reader_at_the_opening_is_a_template(text):
    measures = analyse(text, is_email=True).measures
    assert measures["placeholder_count"] == 0
    assert measures["template_field_count"] == 1


@pytest.mark.parametrize("text", [
    "Hi Dana,\n\nWe cut rota swaps at [Name] by half. Worth a call on Thursday?",
    "[insert name], we cut rota swaps at Harbor Hill by half. Worth a look?",
    "Hi Dana, [Name] suggested I write. Worth a call on Thursday?",
    "Hi [First Name],\n\nWe cut rota swaps at Harbor Hill by half. Worth a call on Thursday?",
])
def test_one_field_elsewhere_or_marked_unfinished_is_a_placeholder(text):
    measures = analyse(text, is_email=True).measures
    assert measures["placeholder_count"] == 1
    assert measures["template_field_count"] == 0


# A field that says what changes from one recipient to the next (what is "similar", "specific",
# "relevant" or "their" own, or a choice of words) marks a template even alone; a lone field
# naming one thing, one marked unfinished or a note to oneself is still a placeholder left in.
# Examples written here.
@pytest.mark.parametrize("text", [
    "Would a two-minute clip of how we cut rota swaps at [similar clinic] help?",
    "Hi Dana,\n\nWe stock oat cups for [cafes/bakeries/delis] near you. Want a sample box?\n\nSam",
    "Dana -\n\nSaw your rota post. We halved swaps at [Similar Practice].\n\nWorth a look?",
    "Worth ten minutes to see how this fits {their staffing plan}?",
    "Your post on [specific clinic launch] caught my eye. How are rota swaps going?",
])
def test_a_field_for_what_changes_per_recipient_marks_a_template(text):
    measures = analyse(text, is_email=True).measures
    assert measures["placeholder_count"] == 0
    assert measures["template_field_count"] == 1


@pytest.mark.parametrize("text", [
    "Would a two-minute clip of how we cut rota swaps at [Clinic] help?",
    "Hi Dana,\n\nWe cut swaps by [add the figure here]. Want a sample box?\n\nSam",
    "Hi Dana,\n\nWe halved swaps at [insert similar clinic].\n\nWorth a look?",
    "Hi Dana,\n\nWe halved swaps at [the clinic I mentioned].\n\nWorth a look?",
    "Hi Dana,\n\nWe halved swaps - see the notes [1/2].\n\nWorth a look?",
])
def test_a_lone_field_naming_one_thing_stays_a_placeholder(text):
    measures = analyse(text, is_email=True).measures
    assert measures["placeholder_count"] == 1
    assert measures["template_field_count"] == 0


# The same bare blank for a name written in two places stands for one name filled in for each
# reader, as "[Journal]" twice does: a template's field. Written once, two different blanks, or
# beside a field marked unfinished, it is still a placeholder left in. Examples written here.
@pytest.mark.parametrize("text", [
    "Hi Dana,\n\nI'd like to pitch XXX a piece on rota swaps. Readers of XXX run clinics.\n\nSam",
    "Hi Dana,\n\nClinics like XYZ Health halve swaps with us. Could XYZ Health?\n\nSam",
    "Hi Dana,\n\nXXXX halved swaps last spring, and XXXX kept them down.\n\nSam",
])
def test_one_blank_for_a_name_written_twice_is_a_template_field(text):
    measures = analyse(text, is_email=True).measures
    assert measures["placeholder_count"] == 0
    assert measures["template_field_count"] == 2


@pytest.mark.parametrize("text, left", [
    ("Hi Dana,\n\nI'd like to pitch XXX a piece on rota swaps.\n\nSam", 1),
    ("Hi Dana,\n\nWe halved swaps at XXX and at XXXX last spring.\n\nSam", 2),
    ("Hi Dana,\n\nXXX halved swaps by TBD percent at XXX.\n\nSam", 3),
])
def test_a_blank_written_once_or_beside_unfinished_work_is_a_placeholder(text, left):
    measures = analyse(text, is_email=True).measures
    assert measures["placeholder_count"] == left
    assert measures["template_field_count"] == 0
