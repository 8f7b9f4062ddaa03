from datetime import UTC, datetime, timedelta

import pytest

from hiring.reports import funnel as fn

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def days(n):
    return T0 + timedelta(days=n)


def moves(cid, *steps):
    return [fn.Move(cid, stage, days(d), reason) for stage, d, reason in steps]


def test_path_of_a_candidate_still_in_the_pipeline():
    path = fn.candidate_path(1, "research", T0, moves(
        1, ("writing", 2, None), ("research", 9, None)))
    assert path.furthest == "research"
    assert path.screened_out_at is None
    assert path.durations == (("applied", 2.0), ("writing", 7.0))


def test_screen_out_record_says_where_and_why():
    path = fn.candidate_path(2, "screened_out", T0,
                             moves(2, ("writing", 1, None), ("screened_out", 4, "writing")),
                             screen_out=("writing", "writing"))
    assert (path.furthest, path.screened_out_at, path.reason) == ("writing", "writing", "writing")
    assert path.durations == (("applied", 1.0), ("writing", 3.0))


def test_screen_out_without_record_falls_back_to_moves_or_unknown():
    path = fn.candidate_path(3, "screened_out", T0,
                             moves(3, ("writing", 1, None), ("screened_out", 2, "other")))
    assert path.screened_out_at == "writing" and path.reason == "other"
    unknown = fn.candidate_path(4, "screened_out", T0, [])
    assert unknown.furthest is None and unknown.screened_out_at is None


def test_onboarding_counts_as_hired():
    assert fn.candidate_path(5, "onboarding", T0, []).furthest == "hired"


def test_funnel_counts_conversion_and_medians():
    paths = [
        fn.candidate_path(1, "applied", T0, []),
        fn.candidate_path(2, "writing", T0, moves(2, ("writing", 2, None))),
        fn.candidate_path(3, "research", T0, moves(3, ("writing", 4, None),
                                                   ("research", 10, None))),
        fn.candidate_path(4, "screened_out", T0, moves(4, ("writing", 6, None)),
                          screen_out=("writing", "writing")),
        fn.candidate_path(5, "screened_out", T0, [], screen_out=("applied", "withdrew")),
    ]
    current = {1: "applied", 2: "writing", 3: "research", 4: "screened_out",
               5: "screened_out"}
    funnel = fn.build_funnel(paths, current, reason_label=str.upper)
    rows = {row.stage: row for row in funnel.rows}
    assert funnel.total == 5
    assert rows["applied"].reached == 5
    assert rows["writing"].reached == 3
    assert rows["research"].reached == 1
    assert rows["interview"].reached == 0
    assert rows["applied"].current == 1 and rows["writing"].current == 1
    # applied: 3 went on, 1 screened out there -> 3/4
    assert (rows["applied"].advanced, rows["applied"].screened_out) == (3, 1)
    assert rows["applied"].conversion == pytest.approx(0.75)
    # writing: 1 went on (3), 1 screened out (4) -> 1/2
    assert rows["writing"].conversion == pytest.approx(0.5)
    assert rows["research"].conversion is None  # nobody decided yet
    # completed stays in applied: 2, 4, 6 days -> median 4
    assert rows["applied"].median_days == 4
    assert rows["writing"].median_days == 6  # candidate 3 only: day 4 to day 10
    assert dict(funnel.reasons) == {"WRITING": 1, "WITHDREW": 1}


def test_stage_decisions_feed_adverse_impact():
    paths = [
        fn.candidate_path(1, "research", T0, []),
        fn.candidate_path(2, "screened_out", T0, [], screen_out=("writing", "writing")),
        fn.candidate_path(3, "applied", T0, []),
    ]
    decisions = fn.stage_decisions(paths)
    assert decisions["applied"] == [(1, True), (2, True)]
    assert decisions["writing"] == [(1, True), (2, False)]
    assert decisions["research"] == []
