"""analyse(): measures (for rubric suggestions) and findings (the evidence) of one text."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from hiring.analysis.findings import Finding
from hiring.analysis.limits import ABBREVIATION_LOOKBACK
from hiring.analysis.writing.checks import (
    _call_to_action,
    _capitals,
    _mechanics,
    _passive,
    _readability,
    _reader_focus,
    _spelling,
    _structure,
)
from hiring.analysis.writing.opening import (
    WRITER_OPENING_RATIO,
    lowercase_names,
    opening_introduction,
)
from hiring.analysis.writing.patterns import (
    _ABBREVIATIONS,
    _LEFTOVER,
    _NAMED_GREETING,
    _NORMALISE,
    _OFFER,
    _OPENING_FIELD,
    _PER_RECIPIENT_FIELD,
    _PLACEHOLDER,
    _READER_FIELD,
    _SENTENCE_END,
    _STOCK_ATTACHMENT,
    _TEMPLATE_FIELD,
    _URL,
    _WORD,
    _phrase_pattern,
    _Sentence,
)
from hiring.analysis.writing.register import (
    condescension,
    exclamations,
    pressure,
    site_praise,
    stiff_register,
    tone_fault_kinds,
)
from hiring.analysis.writing.substance import (
    ask_level,
    feature_lists,
    generic_pitch,
    unsupported_claims,
)

# A customer named by its kind only ("one brand", "a client of ours"), then what it saw or
# got, told as a number: no name goes between ("a customer like Acme saw ..." names one).
_UNNAMED_CASE = re.compile(
    r"(?<![\w'])(?:one|a|an)\s+(?:[\w-]+\s+){0,2}?(?:client|customer|brand|company|retailer|"
    r"firm|agency|store|business|start-?up)(?:\s+of\s+(?:ours|mine))?\b"
    r"(?:(?!\b(?-i:[A-Z][a-z]))[^.!?\n]){0,60}?\b(?:saw|got|achieved|gained|generated|realized|"
    r"realised)\s+(?:[\w$€£+-]+\s+){0,2}?[$€£]?\d[\d.,]*\s*(?:x\b|%|percent\b|times\b)",
    re.IGNORECASE,
)


# "a leading ... provider", "the leading platform for ...", "leading the industry"; not "the
# leading cause of churn" or "leading to missed orders".
_LEADING = re.compile(
    r"\b(?:a|the)\s+leading\s+(?:[\w+-]++\s+){0,3}?(?:platform|provider|company|solution"
    r"|firm|agency|supplier|vendor|partner|brand|business|expert|specialist)s?\b"
    r"|\bleading\s+the\s+(?:industry|market|field|way)\b",
    re.IGNORECASE,
)


# Tuned on the corpus: an email this long with no word to the reader never addresses them
# (good emails without a "you" run to 53 words); its reader focus is put at level 2.
READER_NEVER_ADDRESSED_WORDS = 100
NEVER_ADDRESSED_RATIO = 0.3


@dataclass
class WritingAnalysis:
    """Measures (for rubric suggestions) and findings (the evidence) of one text."""

    measures: dict[str, float]
    findings: list[Finding]

    def to_dict(self) -> dict:
        """Plain JSON-ready form."""
        return {"measures": dict(self.measures), "findings": [f.to_dict() for f in self.findings]}


def analyse(
    text: str,
    *,
    word_range: tuple[int, int] | None = None,
    is_email: bool = False,
    allowed_words: Iterable[str] = (),
) -> WritingAnalysis:
    """Measure a business letter or email and list what a reviewer should look at."""
    norm = text.translate(_NORMALISE)
    allowed = _allowed(allowed_words)
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(norm)]
    word_starts = [w[0] for w in words]
    sentences = _sentences(norm, words)
    sentence_starts = [s.start for s in sentences]
    urls = [(m.start(), m.end()) for m in _URL.finditer(norm)]
    url_starts = [a for a, _ in urls]

    def in_url(pos: int) -> bool:
        # Matches do not overlap and come in order: only the last one starting here counts.
        i = bisect_right(url_starts, pos) - 1
        return i >= 0 and pos < urls[i][1]

    # A template field ("{{sl_time_of_day}}", "{status quo/usecase}") names what goes in it for
    # the sender; it is not prose, so its words are not spell-checked.
    fields = [(m.start(), m.end()) for m in _PLACEHOLDER.finditer(norm)]
    field_starts = [a for a, _ in fields]

    def in_url_or_field(pos: int) -> bool:
        i = bisect_right(field_starts, pos) - 1
        return in_url(pos) or (i >= 0 and pos < fields[i][1])

    findings: list[Finding] = []
    measures: dict[str, float] = {}
    word_count = len(words)
    measures["word_count"] = word_count
    measures["word_count_ratio"] = _length_ratio(word_count, word_range, is_email)
    measures["sentence_count"] = len(sentences)

    findings += _length(text, words, word_range, is_email)
    measures.update(_readability(norm, sentences, findings))
    measures.update(_passive(norm, sentences, sentence_starts, findings))
    phrase_spans: set[tuple[int, int]] = set()  # one phrase-list finding per span
    for name, code, label in (
        ("qualifiers", "qualifier", "Qualifier: it weakens the statement."),
        ("filler", "filler", "Filler: it adds length, not meaning."),
        ("cliches", "cliche", "Cliche: the reader has seen it many times."),
        ("boilerplate", "boilerplate", "Boilerplate: it could end any letter."),
        ("blame", "blame", "Puts guilt or blame on the reader."),
        ("flattery", "flattery", "Flattery: praise the writer cannot back up reads as a ploy."),
        ("familiarity", "false_familiarity",
         "Presumes a relationship or a meeting; say only what really happened."),
        ("vague_proof", "vague_proof",
         "Vague proof: name a customer and a result the reader could check."),
    ):
        hits = [(m.start(), m.end()) for m in _phrase_pattern(name).finditer(norm)
                if (m.start(), m.end()) not in phrase_spans
                and not (code == "blame" and _released(norm, m.start(), m.end()))]
        phrase_spans.update(hits)
        findings += [Finding(code, f"'{text[a:b]}': {label}", a, b) for a, b in hits]
        measures[f"{code}_count"] = len(hits)
    # A result credited to a customer left unnamed ("One client saw 3x more replies", "a
    # customer of ours got 40% more demos") is a case study the reader cannot check.
    unnamed = [(m.start(), m.end()) for m in _UNNAMED_CASE.finditer(norm)]
    findings += [Finding("vague_proof", f"'{text[a:b]}': Vague proof: name the customer whose "
                         "result this was, so the reader could check it.", a, b)
                 for a, b in unnamed]
    measures["vague_proof_count"] += len(unnamed)
    # A claim to lead a market nobody could check: "We are a leading AI-powered CRM platform",
    # "solutions that are leading the industry" (once, where a phrase list has not marked it).
    leading = [(m.start(), m.end()) for m in _LEADING.finditer(norm)
               if not any(a < m.end() and m.start() < b for a, b in phrase_spans)]
    findings += [Finding("vague_proof", f"'{text[a:b]}': Vague proof: a claim to lead that the "
                         "reader cannot check. Name a customer and a result instead.", a, b)
                 for a, b in leading]
    measures["vague_proof_count"] += len(leading)
    # Praise of the reader's whole site or blog ("such a good blog") is flattery too.
    measures["flattery_count"] += site_praise(norm, findings)
    # Tone: flattery, invented familiarity and unverifiable proof weigh like cliches.
    measures["cliche_count"] += (measures["boilerplate_count"] + measures["flattery_count"]
                                 + measures["false_familiarity_count"]
                                 + measures["vague_proof_count"])
    measures.update(_spelling(text, words, sentences, allowed, in_url_or_field, findings))
    measures.update(_mechanics(text, norm, in_url, findings))
    measures.update(_capitals(text, words, sentences, word_starts, allowed, findings))
    # Exclamation marks all through an email raise its voice as capitals do.
    measures["shouting_count"] += exclamations(norm, findings)
    structure, body = _structure(text, norm, words, word_starts, is_email, findings)
    measures.update(structure)
    measures.update(_reader_focus(text, words, sentences, findings))
    # An opening about the writer makes the text writer-focused whatever its pronoun count.
    measures["writer_opening_count"] = opening_introduction(norm, body, findings)
    if measures["writer_opening_count"]:
        measures["reader_focus_ratio"] = min(measures["reader_focus_ratio"], WRITER_OPENING_RATIO)
    # A long email that never once addresses the reader (no you/your, no field for them) while
    # it speaks for the writer's side is about the writer throughout, however few its I/we.
    if (measures["you_count"] == 0 and measures["writer_count"]
            and word_count >= READER_NEVER_ADDRESSED_WORDS):
        measures["reader_focus_ratio"] = min(measures["reader_focus_ratio"], NEVER_ADDRESSED_RATIO)
        msg = (f"{word_count} words and not one 'you' or 'your': the reader never appears. Say "
               "what this means for them.")
        findings.append(Finding("writer_focused", msg, body[0], body[1]))
    measures.update(feature_lists(norm, findings))
    ask_measures, asks, units = _call_to_action(text, norm, sentences, findings, is_email, body)
    # Offers beside the questions asked are no more asks to answer: not "several asks".
    ask_measures["ask_count"] = sum(not _OFFER.match(norm, a, b) for a, b in asks)
    if ask_measures["ask_count"] < 3:
        findings[:] = [f for f in findings if f.code != "several_asks"]
    measures.update(ask_measures)
    measures.update(ask_level(norm, asks, findings))
    # The writer's stock material attached to a cold email is a generic offer (at best 3).
    stock = _STOCK_ATTACHMENT.search(norm)
    if stock:
        msg = (f"'{stock.group()}': stock material attached leaves the reader to find a reason. "
               "Say in the email the one thing in it that matters to them.")
        findings.append(Finding("weak_ask", msg, stock.start(), stock.end()))
        measures["weak_ask_count"] += 1
        measures["ask_level"] = min(measures["ask_level"], 3)
    pitch = generic_pitch(norm, body, asks, findings)
    if pitch.pop("generic_meeting_asks"):
        measures["weak_ask_count"] += 1
        measures["ask_level"] = min(measures["ask_level"], 3)
    measures.update(pitch)
    # Talking down to the reader weighs on tone like blame.
    measures.update(condescension(norm, findings))
    measures["blame_count"] += measures["condescension_count"]
    measures.update(unsupported_claims(norm, units, asks, findings))
    measures.update(stiff_register(norm, findings))
    # The reader's name in lowercase after the greeting is a slip of mechanics.
    measures["mechanics_count"] += lowercase_names(norm, findings)
    measures.update(pressure(norm, findings))
    # Unverifiable claims weigh like the phrase-list vague proof, a greeting without the
    # reader's name like boilerplate, and a stiff register (needs reasoned out for the reader,
    # courtesy in the passive) like a cliche.
    measures["cliche_count"] += (measures["unsupported_claim_count"]
                                 + measures["generic_greeting_count"]
                                 + measures["presumed_need_count"]
                                 + measures["officialese_count"])
    placeholders = [(m.start(), m.end()) for m in _PLACEHOLDER.finditer(norm)]
    per_recipient = [p for p in placeholders if _PER_RECIPIENT_FIELD.fullmatch(norm, *p)]
    fields = [p for p in placeholders if _TEMPLATE_FIELD.fullmatch(norm, *p) or p in per_recipient]
    # A template: a merge field ({{First_Name}}, [Company]), two or more bracketed fields in
    # all, one in double braces (which nobody types by accident) or one that says what changes
    # from one recipient to the next ("[similar company]", "[bars/restaurants/hotels]"), and
    # nothing left unfinished ("TBD", "insert name", an "XXX" written once). Its other fields
    # are what the sender fills in ("[specific challenge]", "[Your name]"). They are filled in
    # when it is sent, so they are reported as template fields, not as placeholders left in.
    double = any(norm.startswith("{{", a) for a, _ in fields)
    # The same bare blank for a name written in two places ("write for XXX magazine ... readers
    # of XXX") stands for one name filled in for each reader, as "[Magazine]" twice does: a
    # template's field. Written once, or as "TBD" or "insert name", it is work left unfinished.
    blanks = [norm[a:b].upper() for a, b in placeholders if _NAME_BLANK.fullmatch(norm, a, b)]
    repeated = [p for p in placeholders if blanks.count(norm[p[0]:p[1]].upper()) >= 2]
    fields += repeated
    leftovers = [p for p in placeholders if p not in repeated
                 and (norm[p[0]] not in "[{" or _LEFTOVER.search(norm, *p))]
    # One field for the reader's name, opening the email, is a template's greeting too.
    opening = len(placeholders) == 1 and _OPENING_FIELD.match(norm) is not None
    template = bool(fields) and (len(placeholders) >= 2 or double or opening
                                 or bool(per_recipient)) and not leftovers
    # The reader named in the greeting while a field for the reader is still unfilled: the
    # merge ran halfway and the email went out unfinished.
    if template and _NAMED_GREETING.match(norm) and any(
            _READER_FIELD.fullmatch(norm, *p) for p in placeholders):
        template = False
    code, label = ("template_field", "Template field: filled in when the email is sent") \
        if template else ("placeholder", "Placeholder left in")
    # A field for the writer's own name under the sign-off ("Best,\n[Your Name]"): the message
    # is finished but for the signature, a slip rather than an unfinished email.
    signature = [] if template else [
        p for p in placeholders if p[0] >= body[1] and _SIGNATURE_FIELD.search(norm, *p)]
    for a, b in signature:
        msg = f"'{text[a:b]}' where your name should be: sign with your own name."
        findings.append(Finding("signature_placeholder", msg, a, b))
    # A field where the writer's own link goes ("a piece I wrote [link]"): the same kind of
    # slip, the writer's own material not pasted in, unless marked unfinished ("[insert URL]").
    links = [] if template else [
        p for p in placeholders if p not in signature and _OWN_LINK_FIELD.fullmatch(norm, *p)]
    for a, b in links:
        msg = f"'{text[a:b]}' where your link should be: paste the link itself."
        findings.append(Finding("link_placeholder", msg, a, b))
    signature += links
    placeholders = [p for p in placeholders if p not in signature]
    findings += [Finding(code, f"{label}: '{text[a:b]}'.", a, b) for a, b in placeholders]
    measures["signature_placeholder_count"] = len(signature)
    measures["placeholder_count"] = 0 if template else len(placeholders)
    measures["template_field_count"] = len(placeholders) if template else 0
    findings = _without_duplicates(findings)
    findings.sort(key=lambda f: (f.start, f.end, f.code))
    measures["tone_fault_kinds"] = tone_fault_kinds(findings)
    return WritingAnalysis(measures=measures, findings=findings)


# The reader let off right after the silence is named ("Since I haven't heard back, I'm
# assuming the timing isn't right"): a closing email's statement of fact, not guilt.
_RELEASE = re.compile(
    r"[^.!?\n]{0,40}?\b(?:i'm\s+(?:assuming|guessing)|i\s+(?:assume|guess)|so\s+i'll"
    r"|(?:totally|completely)\s+understand|no\s+worries|fair\s+enough|no\s+hard\s+feelings"
    r"|timing\s+(?:isn't|is\s+not|might\s+not\s+be)\s+right)\b",
    re.IGNORECASE,
)
# The file closed on the reader just before the silence is named ("Taking you off my list since
# I haven't heard back"): the same statement of fact, with the release first.
_CLOSED_BEFORE = re.compile(
    r"\b(?:tak(?:e|ing)\s+you\s+off|cross(?:ing)?\s+you\s+off|clos(?:e|ing)\s+(?:out\s+)?"
    r"(?:your|the)\s+file|remov(?:e|ing)\s+you\s+from|stop(?:ping)?\s+(?:emailing|reaching\s+out"
    r"|following\s+up))\b[^.!?\n]{0,60}$",
    re.IGNORECASE,
)
# How far before the silence a closed file is looked for.
_CLOSED_LOOKBACK = 120


def _released(norm: str, start: int, end: int) -> bool:
    """Whether the silence named at norm[start:end] lets the reader off (see above)."""
    return bool(_RELEASE.match(norm, end)
                or _CLOSED_BEFORE.search(norm, max(0, start - _CLOSED_LOOKBACK), start))


# A bare blank where a name goes: "XXX", "XXXX", "XYZ".
_NAME_BLANK = re.compile(r"XXX+|XYZ", re.IGNORECASE)
# A template field standing for the writer's name or signature block.
_SIGNATURE_FIELD = re.compile(r"\b(?:name|signature|sender)\b", re.IGNORECASE)
# A field for the writer's own link: "[link]", "[Calendly link]", "[URL]".
_OWN_LINK_FIELD = re.compile(
    r"\[(?:(?:my|our|calendly|calendar|booking|meeting|article|post|blog|case\s+study|video)\s+)?"
    r"(?:link|url)\]",
    re.IGNORECASE,
)

# Phrase-list findings: where two lists hit the same words, the first code here is kept.
_PHRASE_CODES = ("blame", "flattery", "false_familiarity", "vague_proof", "boilerplate", "cliche",
                 "filler", "qualifier")


def _without_duplicates(findings: list[Finding]) -> list[Finding]:
    """One finding per code and span; one phrase-list finding per span."""
    seen: set[tuple] = set()
    phrase_spans: dict[tuple[int, int], int] = {}
    for f in findings:
        if f.code in _PHRASE_CODES:
            rank = _PHRASE_CODES.index(f.code)
            phrase_spans[(f.start, f.end)] = min(rank, phrase_spans.get((f.start, f.end), rank))
    kept = []
    for f in findings:
        key = (f.code, f.start, f.end)
        if key in seen:
            continue
        if f.code in _PHRASE_CODES and _PHRASE_CODES[phrase_spans[(f.start, f.end)]] != f.code:
            continue
        seen.add(key)
        kept.append(f)
    return kept


def _allowed(allowed_words: Iterable[str]) -> frozenset[str]:
    # A name like "Maria Okafor" allows each of its words.
    out: set[str] = set()
    for entry in allowed_words:
        for w in _WORD.findall(entry.translate(_NORMALISE)):
            out.add(w)
    return frozenset(out)


def _sentences(norm: str, words: list[tuple[int, int, str]]) -> list[_Sentence]:
    """Split at sentence-ending punctuation (not after abbreviations) and at line breaks."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in norm.splitlines(keepends=True):
        line_start, line_end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        start = line_start
        for m in _SENTENCE_END.finditer(norm, line_start, line_end):
            before = norm[max(start, m.start() - ABBREVIATION_LOOKBACK) : m.start()].split()
            last = before[-1].lower().rstrip(".") if before else ""
            if m.group().startswith(".") and (last in _ABBREVIATIONS or len(last) == 1):
                continue
            spans.append((start, m.end()))
            start = m.end()
        spans.append((start, line_end))
    sentences: list[_Sentence] = []
    word_index = 0
    for a, b in spans:
        while word_index < len(words) and words[word_index][0] < a:
            word_index += 1
        first = word_index
        while word_index < len(words) and words[word_index][1] <= b:
            word_index += 1
        if word_index > first:
            # Trim to the sentence's own characters, without surrounding spaces.
            sentences.append(_Sentence(words[first][0], b, first, word_index - first))
    return sentences


# Without a prompt, an email is measured against what good cold email runs to.
EMAIL_WORDS = (50, 150)
# An email this long says enough: shorter than a prompt asks is not a fault in itself.
EMAIL_LONG_ENOUGH = 40
# An email this long is somewhat short, not far too short: good cold email often runs to 25-50
# words (issue 14), so without a prompt such an email is not put at the lowest level.
EMAIL_SHORT = 20
# Without a prompt, an email this long says enough: that is where good cold email starts.
EMAIL_ENOUGH_WITHOUT_PROMPT = 25


def _length_ratio(n: int, word_range: tuple[int, int] | None, is_email: bool) -> float:
    """Words over the upper end of the range (the prompt's, or an email's without one); an
    email of EMAIL_LONG_ENOUGH words or more within the range's upper end counts as in range
    (without a prompt, EMAIL_ENOUGH_WITHOUT_PROMPT words), and one of EMAIL_SHORT words or more
    without a prompt as somewhat short."""
    if not word_range and not is_email:
        return 0.0
    low, high = word_range or EMAIL_WORDS
    ratio = n / high
    enough = EMAIL_LONG_ENOUGH if word_range else EMAIL_ENOUGH_WITHOUT_PROMPT
    if is_email and enough <= n <= high:
        ratio = max(ratio, 0.6)
    elif is_email and not word_range and EMAIL_SHORT <= n < EMAIL_LONG_ENOUGH:
        ratio = max(ratio, 0.4)
    return round(ratio, 4)


def _length(text, words, word_range, is_email=False) -> list[Finding]:
    if not word_range:
        return []
    low, high = word_range
    n = len(words)
    if n < low and not (is_email and n >= EMAIL_LONG_ENOUGH):
        return [Finding("too_short", f"{n} words; the prompt asks for {low}-{high}.", 0, len(text))]
    if n > high:
        start = words[high][0]
        msg = f"{n} words; the prompt asks for {low}-{high}. Text past word {high} is marked."
        return [Finding("too_long", msg, start, len(text))]
    return []
