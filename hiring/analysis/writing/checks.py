"""The writing checks: each adds its measures and appends its findings."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

import textstat

from hiring.analysis.findings import Finding
from hiring.analysis.writing.patterns import (
    _ABBREVIATIONS,
    _ASK_QUESTION,
    _ASK_REQUEST,
    _BARE_NAME,
    _FIGURE,
    _GENERIC_GREETING,
    _GREETING,
    _GREETING_WORDS,
    _HYPHEN,
    _INLINE_GREETING,
    _LOWER_I,
    _MISSING_SPACE,
    _NORMALISE,
    _NOT_PASSIVE,
    _NOT_SHOUTED,
    _OBSERVED,
    _PASSIVE,
    _PLEASANTRY,
    _READER_FIELD,
    _READER_WORDS,
    _REPEATED_PUNCT,
    _SENTENCE_END,
    _SHARED_EVENT,
    _SIGN_OFF,
    _SPACE_BEFORE_COMMA,
    _SUBJECT,
    _TITLE_LINE,
    _WORD,
    _WRITER_WORDS,
    HARD_GRADE,
    HARD_WORDS,
    VERY_HARD_GRADE,
    VERY_HARD_WORDS,
    WALL_OF_TEXT_WORDS,
    _business_words,
    _signature_lines,
    spell_checker,
)

# The longest English dictionary word has 45 letters.
LONGEST_WORD = 45
_LONG_WORD = re.compile(rf"(?<!\S)\S{{{LONGEST_WORD + 1},}}+")


def _shorten(m: re.Match) -> str:
    return m.group()[:LONGEST_WORD]


def _readability(norm, sentences, findings) -> dict[str, float]:
    # Each sentence ends with punctuation so textstat splits them as we do (greeting lines too).
    # textstat hyphenates every word; a "word" of thousands of characters is not English and
    # would cost seconds, so only its first letters count.
    texts = [_LONG_WORD.sub(_shorten, norm[s.start : s.end].strip()) for s in sentences]
    joined = " ".join(t if t[-1] in ".!?" else t + "." for t in texts if t)
    hard = 0
    for s, sentence_text in zip(sentences, texts, strict=True):
        if s.word_count < HARD_WORDS:
            continue
        grade = textstat.flesch_kincaid_grade(sentence_text)
        if grade >= VERY_HARD_GRADE and s.word_count >= VERY_HARD_WORDS:
            code, label = "very_hard_sentence", "Very hard to read"
        elif grade >= HARD_GRADE:
            code, label = "hard_sentence", "Hard to read"
        else:
            continue
        hard += 1
        msg = f"{label}: {s.word_count} words at grade {grade:.0f}. Split it or use shorter words."
        findings.append(Finding(code, msg, s.start, s.end))
    return {
        "flesch_kincaid_grade": round(textstat.flesch_kincaid_grade(joined), 2) if joined else 0.0,
        "ari": round(textstat.automated_readability_index(joined), 2) if joined else 0.0,
        "hard_sentence_ratio": round(hard / len(sentences), 4) if sentences else 0.0,
        # Per ten sentences, a shorter text counting as ten: one long sentence in a five-line
        # email is one sentence to split, not a fifth of the text.
        "hard_sentences_per_ten": round(hard * 10 / max(len(sentences), 10), 4),
    }


def _passive(norm, sentences, sentence_starts, findings) -> dict[str, float]:
    passive_sentences: set[int] = set()
    for m in _PASSIVE.finditer(norm):
        if m.group(1).lower() in _NOT_PASSIVE:
            continue
        msg = f"Passive voice: '{m.group()}'. Say who does what."
        findings.append(Finding("passive_voice", msg, m.start(), m.end()))
        passive_sentences.add(bisect_right(sentence_starts, m.start()))
    n = len(sentences)
    return {"passive_ratio": round(len(passive_sentences) / n, 4) if n else 0.0}


def _spelling(text, words, sentences, allowed, in_url, findings) -> dict[str, float]:
    allowed_lower = {w.lower() for w in allowed} | _business_words()
    to_check: dict[str, list[tuple[int, int]]] = {}
    first_words = {s.first_word for s in sentences}
    names = frozenset(w.lower() for w in allowed)
    signature = _signature_lines(text)
    for i, (start, end, word) in enumerate(words):
        if (
            any(c.isdigit() for c in word)
            # The writer's own name under the sign-off ("Best,\nOsmel"): a name, not a typo.
            or (word[0].isupper() and any(a <= start < b for a, b in signature))
            or word.isupper()  # acronyms; shouting is reported separately
            or any(c.isupper() for c in word[1:])  # iPhone, SaaS, McKinsey
            # Capitalised inside a sentence: a name (Datadog, Kickstarter), not a typo, unless
            # it is one letter off a name the writer was given ("Okafur" for "Okafor").
            or (word[0].isupper() and i not in first_words
                and not _near_name(word.lower(), names))
            or word.lower() in allowed_lower
            or in_url(start)
        ):
            continue
        base = re.sub(r"'s$", "", word.lower())
        parts = base.split("-") if base not in allowed_lower else []
        for part in parts:
            if part and part not in allowed_lower and part.rstrip("'") not in allowed_lower:
                to_check.setdefault(part, []).append((start, end))
    unknown = spell_checker().unknown(to_check) if to_check else set()
    compounds = {w for w in _compounds(unknown) if not _near_name(w, names)}
    unknown -= _british_spellings(unknown) | compounds | (unknown & _ABBREVIATIONS)
    count = 0
    for part in sorted(unknown):
        for start, end in to_check[part]:
            count += 1
            msg = f"'{text[start:end]}' is not in the dictionary."
            findings.append(Finding("misspelling", msg, start, end))
    # Errors per 100 words, a shorter text counting as 100 words: one slip in a 30-word email
    # is one slip (the rubric's "one or two minor slips"), not a rate of three in a hundred.
    rate = round(count * 100 / max(len(words), SPELLING_PER_WORDS), 3) if words else 0.0
    return {"spelling_error_count": count, "spelling_error_rate": rate}


# The spelling rate counts errors per this many words at least.
SPELLING_PER_WORDS = 100
# A word made of two dictionary words of at least this many letters each is a closed compound
# (timestamp, skillset, headcount); shorter parts would let "alot" or "infact" through.
COMPOUND_PART = 3
# Endings that make a noun of a dictionary verb: engager, engagers, onboarder.
_AGENT_ENDINGS = ("ers", "er", "rs", "r")


def _compounds(words: set[str]) -> set[str]:
    """Unknown words that are two dictionary words run together, or a dictionary verb with
    an agent ending: modern usage, not misspellings."""
    known = spell_checker().known
    out = set()
    for w in words:
        splits = [(w[:i], w[i:]) for i in range(COMPOUND_PART, len(w) - COMPOUND_PART + 1)]
        stems = [w[: -len(e)] for e in _AGENT_ENDINGS if w.endswith(e) and len(w) - len(e) >= 4]
        if any(known([a]) and known([b]) for a, b in splits) or (stems and known(stems)):
            out.add(w)
    return out


def _one_edit(a: str, b: str) -> bool:
    """Whether a and b differ by one substituted, inserted or deleted letter."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i + 1 :] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1 :]


@lru_cache(maxsize=4096)
def _near_name(word: str, names: frozenset[str]) -> bool:
    return len(word) >= 4 and any(len(n) >= 4 and _one_edit(word, n) for n in names)


# British spelling -> American, which is what the shipped dictionary holds.
_BRITISH = [
    (re.compile(p), r)
    for p, r in (
        (r"is(e|es|ed|ing|ation|ations|er|ers)$", r"iz\1"),
        (r"ys(e|es|ed|ing)$", r"yz\1"),
        (r"our(s|ed|ing|ite|ites|able)?$", r"or\1"),
        (r"tre(s)?$", r"ter\1"),
        (r"ence(s)?$", r"ense\1"),
        (r"mme(s)?$", r"m\1"),
        (r"ogue(s)?$", r"og\1"),
        (r"ll(ed|ing|er|ers)$", r"l\1"),
    )
]


def _british_spellings(words: set[str]) -> set[str]:
    variants = {w: {pat.sub(rep, w) for pat, rep in _BRITISH} - {w} for w in words}
    known = spell_checker().known({v for vs in variants.values() for v in vs})
    return {w for w, vs in variants.items() if vs & known}


def _mechanics(text, norm, in_url, findings) -> dict[str, float]:
    count = 0
    for m in _LOWER_I.finditer(norm):
        if not in_url(m.start()):
            count += 1
            msg = f"'{m.group()}' as a pronoun is written with a capital: 'I'."
            findings.append(Finding("lowercase_i", msg, m.start(), m.end()))
    for m in _MISSING_SPACE.finditer(norm):
        if not in_url(m.start()):
            count += 1
            msg = f"No space after '{m.group()}'."
            findings.append(Finding("missing_space", msg, m.start(), m.end() + 1))
    for m in _SPACE_BEFORE_COMMA.finditer(norm):
        count += 1
        msg = f"Space before '{m.group().strip()}': write it straight after the word."
        findings.append(Finding("space_before_punctuation", msg, m.start(), m.end()))
    for m in _REPEATED_PUNCT.finditer(norm):
        count += 1
        msg = f"Repeated punctuation '{m.group()}': one mark is enough."
        findings.append(Finding("repeated_punctuation", msg, m.start(), m.end()))
    return {"mechanics_count": count}


def _capitals(text, words, sentences, word_starts, allowed, findings) -> dict[str, float]:
    """Words in capitals: shouting, or a person's name; acronyms, fields, keywords are fine."""
    exempt = {i for m in _NOT_SHOUTED.finditer(text.translate(_NORMALISE))
              for i in range(*(bisect_left(word_starts, x) for x in m.span()))}
    allowed_lower = {w.lower() for w in allowed}
    business = _business_words()
    known = spell_checker().known
    sentence_of = [0] * len(words)
    for i, s in enumerate(sentences):
        for j in range(s.first_word, s.first_word + s.word_count):
            sentence_of[j] = i
    shouting = names = 0
    run: list[int] = []

    def close_run() -> None:
        nonlocal shouting
        if not run:
            return
        # A run of three or more capitalised ordinary words is shouting even if each is short.
        ordinary = [
            i for i in run if words[i][2].lower() not in business and known([words[i][2].lower()])
        ]
        long_words = [i for i in ordinary if len(words[i][2]) >= 4]
        if long_words or (len(run) >= 3 and len(ordinary) >= 2):
            shouting += 1
            a, b = words[run[0]][0], words[run[-1]][1]
            msg = f"'{text[a:b]}' in capitals reads as shouting."
            findings.append(Finding("shouting", msg, a, b))
        run.clear()

    for i, (start, end, word) in enumerate(words):
        letters = [c for c in word if c.isalpha()]
        is_caps = len(letters) >= 2 and word.isupper()
        if not is_caps or word in allowed or i in exempt:
            close_run()
            continue
        sentence = sentences[sentence_of[i]]
        greeting = words[sentence.first_word][2].lower() in _GREETING_WORDS
        after_greeting = greeting and i > sentence.first_word and len(word) >= 4
        if word.lower() in allowed_lower or after_greeting:
            close_run()
            names += 1
            msg = f"'{word}': write a person's name with only its first letter capitalised."
            findings.append(Finding("name_in_capitals", msg, start, end))
            continue
        if run and sentence_of[run[-1]] != sentence_of[i]:
            close_run()
        run.append(i)
    close_run()
    return {"shouting_count": shouting, "name_in_capitals_count": names}


def _structure(text, norm, words, word_starts, is_email, findings) -> dict[str, float]:
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in norm.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            lead = len(body) - len(body.lstrip())
            lines.append((pos + lead, pos + len(body.rstrip())))
        pos += len(line)
    paragraphs = [m.span() for m in re.finditer(r"\S(?:.|\n(?![ \t]*\r?\n))*", norm)]
    paragraphs = [p for p in paragraphs if _WORD.search(norm, p[0], p[1])]
    checks: list[bool] = []
    body_start, body_end = 0, len(norm)
    first = 0
    if lines and _SUBJECT.match(norm[lines[0][0] : lines[0][1]]):
        body_start = lines[0][1]
        first = 1
        has_subject = True
    else:
        has_subject = False
    if is_email:
        checks.append(has_subject)
        if not has_subject:
            a, b = lines[0] if lines else (0, 0)
            msg = "No subject line: start with 'Subject: ...' that tells the reader why to open it."
            findings.append(Finding("missing_subject", msg, a, b))
    greeting = first < len(lines) and _GREETING.match(norm[lines[first][0] : lines[first][1]])
    inline = (not greeting and first < len(lines)
              and _INLINE_GREETING.match(norm, lines[first][0], lines[first][1]))
    checks.append(bool(greeting or inline))
    if greeting:
        body_start = lines[first][1]
        if _GENERIC_GREETING.match(norm[lines[first][0] : lines[first][1]]):
            a, b = lines[first]
            msg = ("A greeting without the reader's name reads as a mass mailing: open with "
                   "their name.")
            findings.append(Finding("generic_greeting", msg, a, b))
    elif inline:
        body_start = inline.end()
    else:
        a, b = lines[first] if first < len(lines) else (0, 0)
        msg = "No greeting: open with the reader's name."
        findings.append(Finding("missing_greeting", msg, a, b))
    sign_off = next(
        (ln for ln in reversed(lines[first + 1 :][-4:]) if _SIGN_OFF.match(norm[ln[0] : ln[1]])),
        None,
    )
    if sign_off is None and len(lines) > first + 2:
        # A bare name on the last line, after the body ("Sarah", "{{Your Name}}"), also after a
        # hyphen ("- Sarah", "- [Your name]"), or above a line with the writer's title.
        title = _TITLE_LINE.fullmatch(norm, *lines[-1]) and len(lines) > first + 3
        for last in lines[-1 : -3 if title else -2 : -1]:
            if _BARE_NAME.fullmatch(_HYPHEN.sub("", norm[last[0] : last[1]], count=1)):
                sign_off = sign_off or last
    checks.append(sign_off is not None)
    if sign_off:
        body_end = sign_off[0]
    else:
        a, b = lines[-1] if lines else (0, 0)
        findings.append(Finding("missing_sign_off", "No sign-off: close with your name.", a, b))
    body = [p for p in paragraphs if p[1] > body_start and p[0] < body_end]
    body_words = bisect_right(word_starts, body_end) - bisect_right(word_starts, body_start - 1)
    wall = len(body) <= 1 and body_words > WALL_OF_TEXT_WORDS
    checks.append(not wall)
    if wall:
        a, b = body[0] if body else (0, len(text))
        msg = f"{body_words} words in one block: break the body into short paragraphs."
        findings.append(Finding("no_paragraph_breaks", msg, max(a, body_start), min(b, body_end)))
    return {
        "generic_greeting_count": sum(f.code == "generic_greeting" for f in findings),
        "paragraph_count": len(paragraphs),
        "structure_score": round(sum(checks) / len(checks), 4) if words else 0.0,
    }, (body_start, body_end)


# The reader focus ratio needs at least this many of you/your and I/we/our to mean anything.
READER_FOCUS_PRONOUNS = 4


def _reader_focus(text, words, sentences, findings) -> dict[str, float]:
    norm = text.translate(_NORMALISE)
    you = writer = 0
    per_sentence: list[tuple[int, int]] = []
    fields = [m.start() for m in _READER_FIELD.finditer(norm)]
    for s in sentences:
        # "{{Company}}'s forecasts" in a template addresses the reader as "your" would.
        y = bisect_right(fields, s.end - 1) - bisect_right(fields, s.start - 1)
        w = 0
        for _, end, word in words[s.first_word : s.first_word + s.word_count]:
            lower = word.lower()
            if re.match(r"\.\w", norm[end : end + 2]):  # "i.e.", "U.S."
                continue
            if lower in _READER_WORDS:
                y += 1
            elif lower == "our" and _SHARED_EVENT.match(norm, end):
                continue  # "our call", "our conversation": the writer's and the reader's
            elif lower in _WRITER_WORDS and word != "US":  # "US" is the country
                w += 1
        if w and _FIGURE.search(norm, s.start, s.end):
            w = 0  # "We cut ramp from 90 to 45 days at Acme": proof for the reader, not about us
        if w and _OBSERVED.search(norm, s.start, s.end):
            w, y = 0, y + 1  # "I noticed Weber Manufacturing processes custom orders"
        per_sentence.append((y, w))
        you += y
        writer += w
    # A few I/we say little about whom a text is for ("We're looking for 3 platforms for beta.
    # Worth exploring?"): below READER_FOCUS_PRONOUNS pronouns the ratio is at least neutral.
    ratio = you / (you + writer) if you + writer else 0.5
    if you + writer < READER_FOCUS_PRONOUNS:
        ratio = max(ratio, 0.5)
    if ratio < 0.4:
        msg = (
            f"About the writer, not the reader: the text says I/we/our {writer} times "
            f"and you/your {you} times."
        )
        flagged = [s for s, (y, w) in zip(sentences, per_sentence, strict=True) if w and not y]
        for s in flagged or [None]:
            a, b = (s.start, s.end) if s else (0, len(text))
            findings.append(Finding("writer_focused", msg, a, b))
    return {"reader_focus_ratio": round(ratio, 4), "you_count": you, "writer_count": writer}


def _ask_sentences(norm, sentences) -> list[tuple[int, int]]:
    """Sentences joined across the line breaks inside a paragraph, so that an ask wrapped at
    60 characters ("Would it be worth a call to see if something similar / could work?") is
    read whole. Spans into norm."""
    spans: list[tuple[int, int]] = []
    if not sentences:
        return spans
    start = sentences[0].start
    end = sentences[-1].end
    for paragraph in re.finditer(r"[^\n]+(?:\n[ \t]*+[^\s][^\n]*)*", norm[start:end]):
        a, b = start + paragraph.start(), start + paragraph.end()
        flat = norm[a:b].replace("\n", " ")
        pos = 0
        for m in _SENTENCE_END.finditer(flat):
            spans.append((a + pos, a + m.end()))
            pos = m.end()
        if flat[pos:].strip():
            spans.append((a + pos, b))
    return [(a + len(norm[a:b]) - len(norm[a:b].lstrip()), b) for a, b in spans
            if norm[a:b].strip()]


def _call_to_action(text, norm, sentences, findings, is_email=False, body=None):
    """The asks: measures, and the ask spans and sentence spans (for the substance checks)."""
    asks = []
    units = _ask_sentences(norm, sentences) if is_email else [(s.start, s.end) for s in sentences]
    body_start, body_end = body or (0, len(norm))
    closing = [u for u in units if body_start <= u[0] < body_end][-2:]
    for unit in units:
        sentence = norm[unit[0] : unit[1]].rstrip()
        # In an email, a question in the closing lines is the ask ("Interested?", "Worth a
        # quick chat?", "Curious -- what's your ramp?", "(If not, who should I ask?)").
        question = sentence.rstrip(")]\"'").endswith("?") and not _PLEASANTRY.match(sentence) and (
            _ASK_QUESTION.search(sentence) or (is_email and unit in closing))
        if question or _ASK_REQUEST.search(sentence):
            asks.append(unit)
    # A question in the subject line ("Should I close your file?") is the ask only alone.
    if len(asks) > 1 and _SUBJECT.match(norm[asks[0][0] : asks[0][1]]):
        asks = asks[1:]
    for a, b in asks:
        msg = "The ask: make sure it is one concrete thing the reader can answer."
        findings.append(Finding("call_to_action", msg, a, b))
    if not asks and sentences:
        msg = "No clear call to action: end with one concrete question the reader can answer."
        findings.append(Finding("no_call_to_action", msg, sentences[-1].start, sentences[-1].end))
    if len(asks) >= 3:
        msg = f"{len(asks)} separate asks: the reader may answer none. Keep the one that matters."
        findings.append(Finding("several_asks", msg, asks[0][0], asks[-1][1]))
    return {"has_call_to_action": 1 if asks else 0, "ask_count": len(asks)}, asks, units
