"""Number words and the patterns that find deadlines and quantities in a statement."""

from __future__ import annotations

import calendar
import re

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19,
}  # fmt: skip


def _ordinal_words() -> dict[str, int]:
    words = dict(_ORDINAL_UNITS)
    for tens_word, tens in (("twenty", 20), ("thirty", 30)):
        words[tens_word[:-1] + "ieth"] = tens
        for unit_word, unit in list(_ORDINAL_UNITS.items())[:9]:
            words[f"{tens_word}-{unit_word}"] = tens + unit
            words[f"{tens_word} {unit_word}"] = tens + unit
    return words


_ORDINALS = _ordinal_words()
_CARDINAL_WORDS = {**_UNITS, **_TENS}
for _tens_word, _tens in _TENS.items():
    for _unit_word, _unit in list(_UNITS.items())[1:10]:
        _CARDINAL_WORDS[f"{_tens_word}-{_unit_word}"] = _tens + _unit
        _CARDINAL_WORDS[f"{_tens_word} {_unit_word}"] = _tens + _unit


def _alternation(words) -> str:
    # Longest first so "twenty-one" wins over "twenty".
    return "|".join(re.escape(w).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
                    for w in sorted(words, key=len, reverse=True))


# A number as it appears in a deadline or a requirement: digits or words up to ninety-nine.
# A run of digits is entered only at its start (linear time on long runs of digits).
NUMBER = rf"(?:(?<!\d)\d+|{_alternation(_CARDINAL_WORDS)})"
_NUM_OR_A = rf"(?:{NUMBER}|an?)"
_ORDINAL = rf"(?:(?<!\d)\d+(?:st|nd|rd|th)|{_alternation(_ORDINALS)})"
_PERIOD = r"(?:day|week|month|quarter|year)"
_ANCHOR = (
    r"(?:(?:your|the|a|their|his|her)\s+)?"
    r"(?:(?:official\s+)?(?:hire|hiring|start|starting|employment|joining)(?:\s+date)?"
    r"|date\s+of\s+(?:hire|joining)|first\s+day|day\s+one"
    r"|you\s+(?:join|start|begin|are\s+hired)|joining|onboarding)\b"
)
_RELATION = r"(?:following|after|from|of|since)"
# "after"/"from"/"starting" open a standing commitment ("each quarter after your third month").
_PREP = (r"(?:by|before|no\s+later\s+than|not\s+later\s+than|within|in|during|at|until|through"
         r"|over|after|from|starting(?:\s+(?:in|from|with))?|beginning(?:\s+(?:in|with))?)")
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTH = rf"(?:{'|'.join(sorted(_MONTHS, key=len, reverse=True))})"
_DATE_PREFIX = (
    r"(?:(?:by|before|no\s+later\s+than|not\s+later\s+than|on|in|during|until|through)\s+)?"
    r"(?:the\s+)?(?:(?:end|close)\s+of\s+)?"
)

_RELATIVE_PATTERNS = [
    # "by close of the tenth full month following your hire date", "by the end of your
    # first year", "no later than the sixth month after you join"; a plan's own year, "by the
    # end of our second year", "in my first quarter", counts the same way. Two months named
    # together, "in the 4th & 5th month", are due by the later one.
    rf"{_PREP}\s+(?:the\s+)?(?:(?:close|end|completion|conclusion|last\s+day)\s+of\s+)?"
    rf"(?:the\s+|your\s+|our\s+|my\s+|their\s+)?(?P<ord>{_ORDINAL})"
    rf"(?:\s*(?:&|and|to|through|[-–])\s*(?:the\s+)?(?P<ord2>{_ORDINAL}))?"
    rf"\s+(?:full\s+|complete\s+|calendar\s+|whole\s+)?"
    rf"(?P<unit>month|quarter|year)"
    rf"(?:\s+of\s+(?:your\s+)?employment|\s+{_RELATION}\s+{_ANCHOR})?",
    # "within your first 90 days", "in the first six months of employment"
    rf"{_PREP}\s+(?:the\s+|your\s+)?(?:first|next)\s+(?P<n>{NUMBER})\s+(?P<unit>{_PERIOD})s?"
    rf"(?:\s+of\s+(?:your\s+)?employment|\s+{_RELATION}\s+{_ANCHOR})?",
    # "within 90 days of your start", "six months after hire"
    rf"(?:{_PREP}\s+)?(?P<n>{_NUM_OR_A})\s+(?P<unit>{_PERIOD})s?\s+{_RELATION}\s+{_ANCHOR}",
    # "within 12 months", "in six months", "within a year"; "in 90-days", "within 6-months":
    # the same with a hyphen, the plural showing it counts a span ("in 90-day cycles" does not).
    rf"(?:within|in|inside(?:\s+of)?)\s+(?P<n>{_NUM_OR_A})(?:\s+|-(?={_PERIOD}s\b))"
    rf"(?P<unit>{_PERIOD})s?\b",
    # "by month 9", "by the end of month nine", "in year one"
    rf"{_PREP}\s+(?:the\s+)?(?:(?:close|end)\s+of\s+)?(?P<unit>{_PERIOD})\s+(?P<n>{NUMBER})\b",
    # "by Wk2", "by the end of wk 6": a week of the plan, abbreviated.
    rf"{_PREP}\s+(?:the\s+)?(?:(?:close|end)\s+of\s+)?(?P<unit>wk)\s?(?P<n>\d{{1,2}})\b",
    # "Month 3: full quota", "Day 90 - 12 opportunities": a milestone written as a heading;
    # "Month 4+: full quota" holds from that month on.
    rf"(?P<unit>day|week|month|quarter)\s+(?P<n>{NUMBER})\b\+?(?=\s*[:\-–—,;)]|\s*$)",
    # "(6-month target)", "a 90-day goal": a target named with the period it is set for.
    rf"(?P<n>{NUMBER})[\s-]+(?P<unit>{_PERIOD})s?\s+(?:target|goal|objective)s?\b",
    # "Ramp time 6 months to quota": full quota reached within the period (the quota itself
    # is the full target, _FULL_TARGET).
    rf"(?P<n>{NUMBER})[\s-]+(?P<unit>{_PERIOD})s?(?=\s+to\s+(?:full\s+)?quota\b)",
    # "by your first anniversary"
    r"(?:by|before|at)\s+(?:your\s+)?(?P<year>first|one[\s-]year|1[\s-]year)\s+"
    r"(?:work\s+)?anniversary",
]
_ABSOLUTE_PATTERNS = [
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b",
    rf"(?P<mon>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b",
    rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH})\.?,?\s+(?P<y>\d{{4}})\b",
    rf"(?P<mon>{_MONTH})\.?,?\s+(?:of\s+)?(?P<y>\d{{4}})\b",
    r"(?:Q(?P<q>[1-4])|(?P<qword>first|second|third|fourth)\s+quarter)\s+(?:of\s+)?(?:FY\s?)?"
    r"(?P<y>\d{4})\b",
    r"H(?P<h>[12])\s+(?:of\s+)?(?P<y>\d{4})\b",
]
# "... in new revenue for 2027.": a year the figure is set for, ending the sentence ("licences for
# 2000 seats" counts seats, and "for 2027, plus ..." goes on to more).
_YEAR_ONLY = re.compile(
    r"\b(?:(?:by|before|during|in|through|until)\s+(?:the\s+)?(?:(?:end|close)\s+of\s+)?"
    r"|for\s+(?=(?:(?:FY|fiscal)\s?)?(?:19|20)\d{2}\s*(?:[.;!)]|$))"
    r"|(?:year[\s-]end|(?:the\s+)?end\s+of)\s+)(?:(?:FY|fiscal)\s?)?(?P<y>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)

_RELATIVE = [re.compile(rf"\b{p}", re.IGNORECASE) for p in _RELATIVE_PATTERNS]
# A per-period target ("20 booked demos each month", "$50K ARR this quarter", "meetings
# monthly"): the period is the time the result is due in, and again in every period after.
# "monthly" counts only after what it qualifies, not before a noun ("a monthly billing rate").
_PER_PERIOD = re.compile(
    r"\b(?:(?:each|every|per|a)\s+(?P<unit>day|week|month|quarter|year)\b"
    r"|(?P<when>this|next|the\s+next|(?:the\s+)?first|(?:the\s+)?1st"
    # "during the coming year", "in the upcoming quarter": the next one.
    r"|(?:the\s+)?(?:coming|upcoming))\s+(?:full\s+)?"
    r"(?P<unit2>week|month|quarter|year)\b"
    # "a target of Rs 2,00,000 within the month": the period the target is set for, this one
    # ("within the month of May" names a date, "within the year's budget" a budget).
    r"|within\s+the\s+(?P<within>week|month|quarter|year)\b(?!\s+of\b)(?![\x27’]s\b)"
    r"|(?P<adv>daily|weekly|monthly|quarterly|annually|yearly)(?=\s*(?:[.;,)!]|$))"
    # "Monthly sales targets: $25K", "a quarterly quota of 40 demos": the target named as
    # one per period and then stated ("coverage of monthly targets" only refers to one).
    r"|(?P<adj>daily|weekly|monthly|quarterly|annual|yearly)\s+(?:(?:sales|revenue|bookings?"
    r"|pipeline|activity|meeting)\s+)?(?:targets?|quotas?|goals?)(?=\s*+(?::|of\b|is\b|are\b|=))"
    # "Monthly Sales Volume ₹2,50,000", a row of a table of targets: the amount per period
    # named and then stated, with no word between.
    r"|(?P<adj2>daily|weekly|monthly|quarterly|annual|yearly)(?=\s+(?:sales|revenue|bookings?"
    r"|billings?)\s+(?:volume|value|targets?|quotas?|goals?)\s*+(?:[$€£₹₦¥₱₩]|\[?\d)))"
    # "$100,000 in monthly sales revenue", "$2M of annual recurring revenue": an amount of the
    # result counted per period ("grow our share of monthly sales" names no amount).
    r"|(?:(?<=\d\sin\s)|(?<=[km]\sin\s)|(?<=\d\sof\s)|(?<=[km]\sof\s))"
    r"(?P<inadj>daily|weekly|monthly|quarterly|annual|yearly)(?=\s+(?:(?:new|recurring|sales"
    r"|gross)\s+){0,2}(?:revenue|sales|bookings?|billings?)\b)"
    # "10-15 meetings/week", "$500K/quarter", "50 calls/day", "$10,000+/week"
    r"|(?<=[\w%+])\s?/\s?(?P<slash>day|week|wk|month|mo|quarter|qtr|year|yr)\b"
    # "Grow revenue 30% year-over-year", "up 8% quarter on quarter", "10% YoY": growth
    # measured against the same period before, so due by the end of each period.
    r"|(?P<over>month|quarter|year)[\s-]+(?:over|on)[\s-]+(?P=over)\b"
    # "closing ratio of 25% minimum for the month", "15% minimum for the quarter": a minimum
    # set for a period is due in each one ("minimum for the month of May" names a date).
    r"|(?<=minimum\s)for\s+the\s+(?P<minunit>week|month|quarter|year)\b(?!\s+of\b)"
    # "5% of sales volume for the month.", "20 demos for the quarter": a figure set for the
    # period that ends the clause ("set for the year and then divided" goes on).
    r"|for\s+the\s+(?P<forunit>week|month|quarter|year)(?=\s*(?:[.;,!)]|$))"
    # "on a weekly basis", "on a monthly basis": the same as "weekly" after what it qualifies.
    r"|on\s+an?\s+(?P<basis>daily|weekly|monthly|quarterly|annual|yearly)\s+basis\b"
    r"|(?P<abbr>(?-i:YoY|YOY|MoM|QoQ|QOQ))\b",
    re.IGNORECASE,
)
_ADVERB_UNIT = {"daily": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter",
                "annually": "year", "annual": "year", "yearly": "year", "yoy": "year",
                "mom": "month", "qoq": "quarter"}
_UNIT_ABBREVIATIONS = {"wk": "week", "mo": "month", "qtr": "quarter", "yr": "year"}
# "over a rolling 6-month period", "on a trailing twelve-month basis": results measured over a
# window that moves with time, due at the end of each window; "in a 3 month cycle", "over a
# 6 weeks period": a window of that length, named as a period or a cycle.
_ROLLING = re.compile(
    rf"\b(?:(?:over|during|on|in|across)\s+)?(?:an?\s+|the\s+)?(?:rolling|trailing)\s+"
    rf"(?P<n>{NUMBER})[\s–—-]+(?P<unit>day|week|month|quarter|year)s?\b"
    r"(?:\s+(?:period|window|basis|average))?"
    rf"|\b(?:over|during|in|within|across)\s+an?\s+(?P<n2>{NUMBER})[\s–—-]+"
    r"(?P<unit2>day|week|month|quarter|year)s?\s+(?:period|cycle|window)\b",
    re.IGNORECASE,
)
_ABSOLUTE = [re.compile(rf"\b{_DATE_PREFIX}{p}", re.IGNORECASE) for p in _ABSOLUTE_PATTERNS]
# A period of the calendar named without its year ("by the end of the fiscal year", "in Q1",
# "before the close of the quarter"): the result is due within that period, so at most a year
# (a quarter or half named by number may be the next one) or the period's own length after the
# hire date. A quarter or half followed by a year is a date (_ABSOLUTE).
_NAMED_PERIOD = re.compile(
    r"\b(?:by|before|at|in|during|until|through|within)\s+(?:the\s+)?(?:(?:end|close)\s+of\s+)?"
    r"(?:(?:the|this|your|our|their)\s+)?(?:current\s+)?"
    r"(?:(?P<fiscal>fiscal|financial|calendar|business|sales)\s+)?(?P<unit>year|quarter|half)\b"
    r"(?<!in\sthe\syear)(?<!in\sthe\squarter)(?<!in\sthe\shalf)"
    r"|\b(?:by|before|at|in|during|until|through|within|for)\s+(?:the\s+)?(?:(?:end|close)\s+of\s+)?"
    r"(?:FY\s?)?(?P<name>Q[1-4]|H[12])\b(?![\s-]*(?:of\s+)?(?:FY\s?)?\d{2,4})"
    # "Q1 Goal: $6M", "H2 quota of 40 deals", "Q3: 12 new logos": a quarter or half naming the
    # target it labels.
    r"|\b(?P<label>Q[1-4]|H[12])(?=\s*:|\s+(?:(?:sales|revenue|bookings?|team|individual"
    r"|company|new[\s-]business)\s+)?(?:goals?|targets?|quotas?|objectives?|key\s+results?"
    r"|OKRs?|qualification)\b)"
    # "ramp to 50% quota by EOQ": the end of the quarter, year, month or week, abbreviated.
    r"|\b(?:(?:by|before|at|until|through)\s+)?(?P<eo>EO[QYMW])\b"
    # "lift the close rate 20% by the end of the week", "by the close of the month": the same
    # ends spelt out ("in the month of May" and "during the week" name no end).
    r"|\b(?:by|before|at|until|through)\s+(?:the\s+)?(?:end|close)\s+of\s+"
    r"(?:the|this|each|every|your|our|their)\s+(?:current\s+)?(?P<eounit>month|week)\b"
    # "by the end of July", "by June", "before March": a month named without its year is at
    # most a year away (with its year it is a date, _ABSOLUTE); capitalised, as a name.
    # "88 sales for January", "in March", "during June": the month the figure is counted in
    # ("for the January sale", "in March events" name an event held in the month).
    r"|\b(?:by|before|until|for|in|during|(?:no|not)\s+later\s+than"
    r"|(?:by|before|at)\s+the\s+(?:end|close)"
    rf"\s+of)\s+(?P<mname>(?-i:{'|'.join(calendar.month_name[1:])}))\b"
    r"(?!\s+(?:sales?|events?|launch(?:es)?|campaigns?|promotions?|shows?|fairs?|intakes?"
    r"|conferences?|editions?|issues?)\b)"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?",
    re.IGNORECASE,
)
_END_OF_MONTHS = {"eoq": 3, "eoy": 12, "eom": 1, "eow": 0.2}
_NAMED_PERIOD_MONTHS = {"year": 12, "half": 6, "quarter": 3}
_MONTHS_PER = {"day": 1 / 30, "week": 12 / 52, "wk": 12 / 52, "month": 1, "quarter": 3,
               "year": 12}

# "full quota", "fully ramped": all of the target, a quantity of 100%.
_FULL_TARGET = re.compile(
    r"\b(?:full|100\s?%\s+of(?:\s+(?:your|the))?)\s+(?:quota|target|productivity|ramp)\b"
    # "Fully ramped by month 3"; "a fully ramped rep" describes the rep, not an amount.
    r"|\bfully\s+ramped\b(?![\s-]+(?:reps?|AEs?|SDRs?|BDRs?|sellers?|salespe\w+|hires?|team"
    r"|teams|members?|account\s+executives?|people)\b)"
    # "6 months to quota": the time to reach the whole quota.
    r"|(?:(?<=days\s)|(?<=weeks\s)|(?<=months\s))to\s+(?:full\s+)?quota\b",
    re.IGNORECASE,
)
# An amount in rupees, naira, yen, pesos or won counts as money like one in dollars; the
# publisher's brackets around a figure in a template ("₹[50,000]") are read through. Digits are
# grouped in thousands ("250,000") or the Indian way, in lakhs and crores ("2,50,000").
_DIGIT_QUANTITY = re.compile(
    r"(?<![\w.,$€£₹₦¥₱₩])(?P<cur>[$€£₹₦¥₱₩]\s?\[?)?"
    r"(?P<num>\d{1,3}(?:(?:,\d{3})+|(?:,\d{2})+,\d{3})(?:\.\d+)?|\d+(?:\.\d+)?)(?P<plus>\+)?"
    r"(?:\s?(?P<suf>k|mm|m|bn)(?![\w])|\s(?P<word>thousand|million|billion)\b)?"
    r"(?P<pct>\s?%|\s(?:percent|per\s+cent)\b)?(?P<x>x\b)?"
    r"(?![\w])",
    re.IGNORECASE,
)
_SUFFIX = {"k": 1_000, "m": 1_000_000, "mm": 1_000_000, "bn": 1_000_000_000, **_SCALES}
_YEAR_CONTEXT = re.compile(r"(?:\b(?:in|since|during|by|from|of|fy|fiscal|q[1-4]|h[12])\s*)$",
                           re.IGNORECASE)
# "fiscal" and a few spaces: the words before a year that make it a date.
_YEAR_LOOKBACK = 24
_WORD = re.compile(r"[A-Za-z]+")
_PERCENT_AFTER = re.compile(r"\s?(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)
_DOLLARS_AFTER = re.compile(r"\s+dollars\b", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|and)\s*", re.IGNORECASE)
