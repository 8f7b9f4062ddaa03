"""How long an email has to be. Every example is written here."""

from hiring.analysis.writing import analyse


def _email(body: str) -> str:
    return f"Hi Maria,\n\nYour receiving team loses an hour a day at the dock.\n\n{body}\n\n-- Sam"


# Without a prompt, good cold email starts at about 25 words: an email of 25 to 39 words that
# has its parts says enough (the top level), one of 20 to 24 is somewhat short. Under a prompt
# that asks for 120-250 words, 29 words is still far too short.
def test_an_email_of_twenty_five_words_or_more_says_enough_without_a_prompt():
    twenty_nine = _email("Worth a call to see how Harbor Foods cut it to ten minutes a day?")
    assert analyse(twenty_nine, is_email=True).measures["word_count_ratio"] == 0.6


def test_an_email_of_twenty_four_words_is_somewhat_short_without_a_prompt():
    twenty_four = _email("Worth a call to see how Harbor Foods fixed it?")
    assert analyse(twenty_four, is_email=True).measures["word_count_ratio"] == 0.4


def test_an_email_of_twenty_nine_words_is_too_short_for_a_prompt_of_120_words():
    twenty_nine = _email("Worth a call to see how Harbor Foods cut it to ten minutes a day?")
    result = analyse(twenty_nine, word_range=(120, 250), is_email=True)
    assert result.measures["word_count_ratio"] < 0.4
    assert "too_short" in {f.code for f in result.findings}


# The prompt's range rules the length under a prompt: the 25 words that say enough without a
# prompt are far too short for a prompt of 120-250 words, and are called short.
def test_an_email_of_twenty_five_words_is_far_too_short_for_a_prompt_of_120_words():
    twenty_five = _email("Worth a call to see how Harbor Foods cut it down?")
    assert analyse(twenty_five, is_email=True).measures["word_count_ratio"] == 0.6
    result = analyse(twenty_five, word_range=(120, 250), is_email=True)
    assert result.measures["word_count_ratio"] == 0.1
    assert [f.message for f in result.findings if f.code == "too_short"] == [
        "25 words; the prompt asks for 120-250."]
