import math

import pytest

from hiring.analysis import validity as v


def test_pearson_hand_computed():
    # dx = -2..2, dy = -2,0,1,0,1: sxy = 6, sxx = 10, syy = 6 -> r = 6 / sqrt(60)
    assert v.pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]) == pytest.approx(6 / math.sqrt(60))
    assert v.pearson([1, 2, 3], [6, 4, 2]) == pytest.approx(-1.0)


def test_pearson_undefined_without_variation():
    assert v.pearson([3, 3, 3], [1, 2, 3]) is None
    assert v.pearson([1], [1]) is None
    with pytest.raises(ValueError):
        v.pearson([1, 2], [1])


def test_fisher_ci_textbook_value():
    # r = 0.5, n = 28: z = 0.5493, se = 0.2 -> tanh(0.5493 -/+ 0.392) = 0.156 .. 0.736
    low, high = v.fisher_ci(0.5, 28)
    assert low == pytest.approx(0.156, abs=1e-3)
    assert high == pytest.approx(0.736, abs=1e-3)
    with pytest.raises(ValueError):
        v.fisher_ci(0.5, 3)


def test_fewer_than_ten_says_how_many_more():
    result = v.validity([(1, 1), (2, 2), (3, 2)])
    assert result.n == 3 and result.need_more == 7 and result.r is None
    assert not result.ready
    assert "Need 7 more" in result.note


def test_ten_pairs_give_r_and_interval():
    scores = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    outcomes = [0, 1, 1, 2, 2, 2, 3, 4, 3, 5]
    result = v.validity(zip(scores, outcomes, strict=True))
    expected_r = v.pearson(scores, outcomes)
    # By hand: mean outcome 2.3, sxy = 38.5, sxx = 82.5, syy = 20.1 -> r = 0.94544
    assert expected_r == pytest.approx(38.5 / math.sqrt(82.5 * 20.1))
    assert expected_r == pytest.approx(0.94544, abs=1e-5)
    assert result.ready and result.r == pytest.approx(expected_r)
    z, half = math.atanh(expected_r), 1.959964 / math.sqrt(7)
    assert result.ci_low == pytest.approx(math.tanh(z - half), abs=1e-6)
    assert result.ci_high == pytest.approx(math.tanh(z + half), abs=1e-6)
    assert result.ci_low < result.r < result.ci_high


def test_constant_outcomes_have_no_correlation():
    result = v.validity([(i, 3) for i in range(12)])
    assert result.r is None and result.need_more == 0 and "do not vary" in result.note


def test_validity_by_interviewer():
    rows = [("ann", i, i % 4) for i in range(12)] + [("bob", 1, 1), ("bob", 2, 2)]
    results = v.validity_by(rows)
    assert results["ann"].n == 12 and results["ann"].ready
    assert results["bob"].need_more == 8
