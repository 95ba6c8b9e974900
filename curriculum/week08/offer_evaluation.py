# %% [markdown]
# # Week 8 · Offer evaluation: a four-year compensation model
#
# The loop is over and an offer arrives: a base salary, a sign-on bonus, and a grant of
# restricted stock units (RSUs) that vests over four years. The recruiter quotes one
# "total compensation" figure, an average over the four years, and that average hides
# almost everything you need to decide: *when* the money arrives, how much of it rides on the
# share price, and what you would hand back if you left early. In this notebook you build a
# small model of an offer, year by year and month by month, and then use it the way you
# would at the kitchen table with a competing offer in hand:
#
# - **Part A** · the building blocks: shares vesting per year, the share price on each vest
#   date, and the pay of each year;
# - **Part B** · stock scenarios, a year-by-year and cumulative comparison with a
#   front-loaded competitor, and the stock growth at which the ranking flips;
# - **Part C** · leaving early (the first-year cliff and the sign-on clawback), an after-tax
#   view, what an extra dollar of sign-on is worth against an extra dollar of stock, and the
#   curves of what you would walk away with month by month;
# - **Part D** · the negotiation plan that follows from your numbers.
#
# **The facts behind the model.** At this company RSUs vest on a back-loaded schedule: 5% of
# the grant after the first year, 15% after the second and 40% after each of the third and
# fourth. To make up for the thin early vesting, the sign-on bonus is paid in two
# instalments, one in year 1 and one in year 2. Every salary, grant, price, return and tax
# rate below is invented for the exercise; none of it is advice about a real offer.
#
# **How to answer.** Each exercise gives a function's `def` line and docstring: keep both,
# replace `raise NotImplementedError()` with your code, run the cell, then the test cell
# under it. Later functions may call your earlier ones. The last exercise is not a function
# but a Python dict, `negotiation_plan`, whose expected keys the question lists (write the
# whole assignment). NumPy (`np`), pandas (`pd`), `math` and `matplotlib.pyplot` (`plt`) are
# imported for you. Never round unless a question asks you to, never modify a dict you are
# given, and follow the conventions below to the letter: a model of pay is only useful when
# its timing rules are stated exactly, and the tests apply them exactly.
#
# **How grading works.** The visible test under each answer checks the shape of your result
# on a small example you can verify by hand. The real grade (`autograde check
# week08/offer_evaluation.ipynb`, see the end of the notebook) adds hidden checks that rebuild
# every number with an independent model of their own (a month-by-month simulation of the
# pay cheques, a library root finder) and run your functions on randomly drawn offers,
# schedules and stock paths. A failed check says what is wrong about your output, never the
# expected value. The rubric after the last exercise is graded by a person and is not counted
# by `autograde check`.

# %% [markdown]
# ## The conventions of the model
#
# **An offer** is a dict with these keys:
#
# | key | meaning |
# |---|---|
# | `base` | base salary of year 1, in dollars |
# | `raise` | the base goes up by this fraction on every anniversary, compounding: the base of year `y` is `base * (1 + raise) ** (y - 1)` (no raise in year 1) |
# | `bonus_rate` | yearly cash bonus as a fraction of *that year's* base, paid on the last day of the year (0 when the offer has none) |
# | `sign_on` | four amounts: the sign-on instalments paid on the first day of years 1, 2, 3 and 4 |
# | `grant_value` | the RSU grant, in dollars at the grant price |
# | `grant_price` | the share price on the grant date, your first day |
# | `schedule` | the fraction of the granted shares that vests on each anniversary (four fractions) |
#
# **Time.** Months are counted from the start date: year `y` is months `12(y - 1) + 1` to
# `12y`, and anniversary `y` is the last day of month `12y`.
#
# **Shares.** The grant is converted into shares once, on the grant date: shares granted =
# `grant_value / grant_price`. Fractional shares are allowed and nothing is ever rounded (a
# real plan rounds to whole shares; at these sizes that changes a few dollars).
#
# **Stock scenarios.** A scenario is four yearly returns `(r1, r2, r3, r4)`, where `ry` is
# the stock's move over year `y`. The grant date is "year 0" and carries the grant price; the
# price on anniversary `y` is `grant_price * (1 + r1) * ... * (1 + ry)`, so the very first
# vest already reflects a full year of the stock's move. Every vest happens on an anniversary
# (once a year in this model), and a vest counts as income equal to the shares vesting times
# the price on that anniversary; what you do with the shares afterwards is not modelled. When
# two offers are compared under a scenario, both stocks follow the same returns, each from
# its own grant price.
#
# **When pay counts.** Base arrives in twelve equal monthly slices, a sign-on instalment on
# the first day of its year, and the bonus and the vest of year `y` on anniversary `y`.
#
# **Leaving after `m` months** (a whole number from 0 to 48) means you worked months 1 to `m`
# and were still employed on the last day of month `m`. You keep the base of those months;
# every sign-on instalment whose year had started (`m > 12(y - 1)`); and every vest and bonus
# whose anniversary you reached (`12y <= m`). Nothing vests between anniversaries.
#
# **Clawback.** Each sign-on instalment is earned over its own year. If you leave in the
# middle of year `y` (`12(y - 1) < m < 12y`), you repay the year-`y` instalment in proportion
# to the months of that year you did not work: `sign_on_y * (12y - m) / 12`. Instalments of
# completed years are yours to keep, and leaving exactly on an anniversary repays nothing.
#
# **Tax.** Part C uses one flat rate on every dollar received (base, bonus, sign-on, and RSUs
# at their value on the vest date). A clawback is repaid in gross dollars, and in this model
# none of the tax already paid on the repaid money comes back.

# %% nbgrader={"grade_id": "imports"}
import math

import matplotlib.pyplot as plt

from autograde.probes import expect_close

# %% [markdown]
# **The data.** The locked cell below holds the two offers, the three stock scenarios and the
# two numbers Part C needs. `COMPANY_OFFER` is the e-commerce company's offer, back-loaded;
# `RIVAL_OFFER` comes from a competitor that vests evenly, pays a higher base and a yearly
# bonus, and a smaller sign-on. Your functions must work from their arguments alone (the
# hidden tests call them on other offers and scenarios): read these constants only in the
# scratch cells and in the negotiation plan.

# %% nbgrader={"grade_id": "offer_evaluation_data", "locked": true}
BACK_LOADED = (0.05, 0.15, 0.40, 0.40)
EVEN = (0.25, 0.25, 0.25, 0.25)

COMPANY_OFFER = {
    "base": 150_000.0,
    "raise": 0.04,
    "bonus_rate": 0.0,
    "sign_on": (60_000.0, 45_000.0, 0.0, 0.0),
    "grant_value": 320_000.0,
    "grant_price": 160.0,
    "schedule": BACK_LOADED,
}
RIVAL_OFFER = {
    "base": 180_000.0,
    "raise": 0.03,
    "bonus_rate": 0.10,
    "sign_on": (30_000.0, 0.0, 0.0, 0.0),
    "grant_value": 220_000.0,
    "grant_price": 55.0,
    "schedule": EVEN,
}
OFFERS = {"company": COMPANY_OFFER, "rival": RIVAL_OFFER}

SCENARIOS = {
    "flat": (0.0, 0.0, 0.0, 0.0),  # the price never moves
    "growth_10": (0.10, 0.10, 0.10, 0.10),  # +10% every year
    "dip_recovery": (-0.20, 0.10, 0.10, 0.10),  # -20% in year 1, then +10% a year
}

NEGOTIATION_AMOUNT = 30_000.0  # the extra you might ask for in Part C, in dollars
TAX_RATE = 0.35  # one flat rate on every dollar received (Part C)

# %% [markdown]
# Scratch space, not graded: the two offers side by side. The recruiter's "first-year total"
# would add the base, the first sign-on instalment and a quarter of the grant; by the end of
# Part A you will see why that last part is wrong for the company's offer.

# %%
pd.DataFrame(OFFERS).T

# %% [markdown]
# ## Part A · The building blocks
#
# ## 1. From a dollar grant to shares
# *RSU grants and vesting schedules*
#
# An RSU grant is quoted in dollars but delivered in shares. The company divides the dollar
# value by a reference price, here the price on your first day, and from then on the *number
# of shares* is fixed while their dollar value moves with the stock. A share "vests" on a
# date: from that day it is yours, and until then it is a promise that disappears if you
# leave. The schedule says which fraction of the shares vests on each anniversary.
#
# Two habits cause most mistakes here. The first is carrying over the 25%-a-year pattern that
# many employers use and dividing the grant by four: on a 5/15/40/40 schedule, 80% of the
# shares arrive in years 3 and 4, and the first year brings a twentieth of the grant. The
# second is checking that the fractions add up to 1 with `==`. Decimal fractions such as
# 0.1 have no exact binary representation, so `0.7 + 0.1 + 0.1 + 0.1 == 1` is `False` in
# Python although the schedule is perfectly valid: compare floats with a tolerance.
#
# **Question.** Complete `vested_shares(grant_value, grant_price, schedule)`. Return a list
# with the number of shares vesting on each anniversary, one float per entry of `schedule`,
# in the same order. Shares granted are `grant_value / grant_price`; fractional shares are
# allowed and nothing is rounded. If the fractions in `schedule` do not add up to 1 within
# `1e-9`, raise `ValueError`.

# %% nbgrader={"grade_id": "vested_shares", "solution": true}
def vested_shares(grant_value, grant_price, schedule):
    """Shares vesting on each anniversary: a list of floats, one per entry of schedule."""
    ### BEGIN SOLUTION
    if abs(sum(schedule) - 1.0) > 1e-9:
        raise ValueError(f"the schedule adds up to {sum(schedule)}, not 1")
    shares = grant_value / grant_price
    return [shares * fraction for fraction in schedule]
    ### END SOLUTION


# %% nbgrader={"grade_id": "vested_shares_test", "grade": true, "points": 1}
### BEGIN HIDDEN TESTS
# The hidden tests' own model of an offer, defined once here for every test cell of the notebook:
# a month-by-month simulation of the pay cheques, independent of the answers' year-by-year formulas.
import copy as _copy
from fractions import Fraction as _Fraction

from scipy.optimize import brentq as _brentq


def _ref_walkaway(offer, months, returns):
    """Month-by-month simulation: what has been paid by the end of `months`, by kind."""
    got = {"base": 0.0, "bonus": 0.0, "sign_on_received": 0.0, "sign_on_repaid": 0.0, "rsu": 0.0}
    price, shares = offer["grant_price"], offer["grant_value"] / offer["grant_price"]
    for month in range(1, months + 1):
        year = (month - 1) // 12
        salary = offer["base"] * (1 + offer["raise"]) ** year
        if month % 12 == 1:
            got["sign_on_received"] += offer["sign_on"][year]
        got["base"] += salary / 12
        if month % 12 == 0:
            price *= 1 + returns[year]
            got["rsu"] += shares * offer["schedule"][year] * price
            got["bonus"] += offer["bonus_rate"] * salary
    if months % 12:
        got["sign_on_repaid"] = offer["sign_on"][months // 12] * (12 - months % 12) / 12
    got["net"] = got["base"] + got["bonus"] + got["sign_on_received"] - got["sign_on_repaid"] + got["rsu"]
    return got


def _ref_year_totals(offer, returns):
    _nets = [_ref_walkaway(offer, 12 * _y, returns)["net"] for _y in range(5)]
    return [_nets[_y] - _nets[_y - 1] for _y in range(1, 5)]


def _ref_extra(kind, amount, months, returns, schedule):
    _base = {"base": 0.0, "raise": 0.0, "bonus_rate": 0.0, "sign_on": (0.0, 0.0, 0.0, 0.0),
             "grant_value": 0.0, "grant_price": 37.0, "schedule": tuple(schedule)}
    if kind == "sign_on":
        _more = dict(_base, sign_on=(amount / 2, amount / 2, 0.0, 0.0))
    else:
        _more = dict(_base, grant_value=amount)
    return _ref_walkaway(_more, months, returns)["net"] - _ref_walkaway(_base, months, returns)["net"]


def _ref_four_year_gap(offer_a, offer_b, g):
    _r = (g, g, g, g)
    return _ref_walkaway(offer_a, 48, _r)["net"] - _ref_walkaway(offer_b, 48, _r)["net"]


def _random_offer(rng):
    return {
        "base": float(rng.uniform(90_000, 260_000)),
        "raise": float(rng.uniform(0.0, 0.08)),
        "bonus_rate": float(rng.choice([0.0, rng.uniform(0.05, 0.2)])),
        "sign_on": tuple(float(_x) for _x in rng.integers(0, 2, 4) * rng.uniform(5_000, 90_000, 4)),
        "grant_value": float(rng.uniform(40_000, 600_000)),
        "grant_price": float(rng.uniform(15, 400)),
        "schedule": tuple(float(_w) for _w in rng.dirichlet(np.ones(4))),
    }


def _check_year_table(offer, returns, label):
    _before = _copy.deepcopy(offer)
    _table = yearly_compensation(offer, returns)
    assert offer == _before, "yearly_compensation modified the offer dict it was given"
    assert len(_table) == 4, f"{label}: yearly_compensation should return four rows"
    _table = _table.sort_values("year")
    for _y in range(1, 5):
        _end, _start = _ref_walkaway(offer, 12 * _y, returns), _ref_walkaway(offer, 12 * (_y - 1), returns)
        _row = _table.iloc[_y - 1]
        for _col, _key in [("base", "base"), ("bonus", "bonus"), ("sign_on", "sign_on_received"), ("rsu", "rsu")]:
            expect_close(_row[_col], _end[_key] - _start[_key], rel=1e-9, abs_=1e-6, what=f"{label}: {_col} of year {_y}")
        expect_close(_row["total"], _end["net"] - _start["net"], rel=1e-9, abs_=1e-6, what=f"{label}: total of year {_y}")
### END HIDDEN TESTS
_out = vested_shares(320_000.0, 160.0, BACK_LOADED)
assert isinstance(_out, list) and len(_out) == 4, "vested_shares should return a list with one number per anniversary"
expect_close(_out, [100.0, 300.0, 800.0, 800.0], what="the shares vesting from $320,000 granted at $160 on 5/15/40/40")
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(801)
for _ in range(25):
    _weights = _rng.dirichlet(np.ones(_rng.integers(2, 7)))
    _weights = [float(_w) for _w in _weights]
    _value, _price = float(_rng.uniform(1_000, 900_000)), float(_rng.uniform(1, 900))
    _got = vested_shares(_value, _price, _weights)
    assert isinstance(_got, list) and len(_got) == len(_weights), (
        f"for a schedule of {len(_weights)} fractions, vested_shares should return a list of {len(_weights)} numbers"
    )
    _exact = [float(_Fraction(_value) / _Fraction(_price) * _Fraction(_w)) for _w in _weights]
    expect_close(_got, _exact, rel=1e-9, abs_=1e-9, what="the shares vesting on a random grant and schedule")
    assert abs(sum(_got) - _value / _price) < 1e-6 * _value / _price, (
        "the shares vesting over all anniversaries should add up to the shares granted (no rounding)"
    )
_got = vested_shares(1_000.0, 3.0, (0.25, 0.25, 0.25, 0.25))
expect_close(_got, [1_000.0 / 12] * 4, rel=1e-12, what="the shares of $1,000 at $3 on an even schedule (fractions allowed)")
for _bad in [(0.05, 0.15, 0.40, 0.30), (0.25, 0.25, 0.25, 0.30), (0.5, 0.5, 0.1, 0.0)]:
    try:
        vested_shares(10_000.0, 10.0, _bad)
    except ValueError:
        pass
    else:
        raise AssertionError(f"vested_shares should raise ValueError for the schedule {_bad}, which does not add up to 1")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "vested_shares_test_2", "grade": true, "points": 1}
# Hidden: valid schedules whose float sum is not exactly 1.0 must be accepted.
### BEGIN HIDDEN TESTS
for _schedule in [(0.7, 0.1, 0.1, 0.1), (0.1, 0.2, 0.3, 0.4), (0.3, 0.3, 0.3, 0.1), (0.6, 0.1, 0.1, 0.1, 0.1)]:
    try:
        _got = vested_shares(90_000.0, 30.0, _schedule)
    except ValueError:
        raise AssertionError(
            f"vested_shares rejected the schedule {_schedule}, which adds up to 1: in floating point the sum "
            f"is {sum(_schedule)!r}, so compare with a tolerance instead of =="
        ) from None
    expect_close(_got, [3_000.0 * _w for _w in _schedule], rel=1e-12, what=f"the shares for the schedule {_schedule}")
### END HIDDEN TESTS

# %% [markdown]
# ## 2. The share price on each vest date
# *Compounding a path of returns*
#
# Stock scenarios are easiest to state as yearly returns, but a vest is valued at a *price*,
# so you need the price on each anniversary. Returns compound: a fall of 20% followed by a
# rise of 20% leaves the stock at 96% of where it started, not at 100%, because the rise
# applies to a smaller price. (It takes +25% to undo a -20%.) Adding returns up instead of
# multiplying `(1 + r)` factors is the first trap.
#
# The second trap is timing. In this model the grant date is year 0, and the first vest is
# a full year later, after the stock has made the year-1 move. Code that loops over
# `year = 0, 1, 2, 3` and writes `grant_price * (1 + g) ** year` values the first vest at the
# grant price, as if the stock had stood still for a year, and shifts every later price by
# a year too.
#
# **Question.** Complete `price_path(grant_price, returns)`. Return a list of floats, one
# per entry of `returns`: element `y - 1` is the price on anniversary `y`, that is
# `grant_price * (1 + r1) * ... * (1 + ry)`.

# %% nbgrader={"grade_id": "price_path", "solution": true}
def price_path(grant_price, returns):
    """The share price on each anniversary: a list of floats, one per yearly return."""
    ### BEGIN SOLUTION
    prices, price = [], grant_price
    for r in returns:
        price = price * (1 + r)
        prices.append(price)
    return prices
    ### END SOLUTION


# %% nbgrader={"grade_id": "price_path_test", "grade": true, "points": 2}
_out = price_path(100.0, (0.0, 0.0, 0.0, 0.0))
assert isinstance(_out, list) and len(_out) == 4, "price_path should return a list with one price per anniversary"
expect_close(_out, [100.0] * 4, what="the prices of a flat scenario")
expect_close(price_path(100.0, (0.5, 0.0, 0.0, 0.0))[0], 150.0,
             what="the price on the first anniversary after a +50% first year (the first vest carries year 1's move)")
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(802)
for _ in range(30):
    _n = int(_rng.integers(1, 7))
    _returns = tuple(float(_r) for _r in _rng.uniform(-0.5, 0.6, _n))
    _p0 = float(_rng.uniform(5, 500))
    _got = price_path(_p0, _returns)
    assert len(_got) == _n, f"for {_n} yearly returns, price_path should return {_n} prices"
    _expected = _p0 * np.exp(np.cumsum(np.log1p(_returns)))
    expect_close(_got, _expected, rel=1e-9, abs_=1e-9, what="the price path of a random scenario")
expect_close(price_path(80.0, (-0.20, 0.25)), [64.0, 80.0], rel=1e-12,
             what="the prices after -20% then +25% (returns compound: this path ends where it started)")
### END HIDDEN TESTS

# %% [markdown]
# ## 3. The pay of each year
# *Base with raises, bonus, sign-on by year, RSUs at the vest price*
#
# Now the four pieces come together, year by year. The base rises on each anniversary, so
# year 1 has no raise and year `y` has had `y - 1` of them. The bonus is a fraction of the
# same year's base. The sign-on is whatever instalment the offer pays in that year: at the
# company, two instalments in years 1 and 2, placed there on purpose to fill the hole left by
# the 5% and 15% vests. The RSU income of a year is the shares vesting on that anniversary
# times the price on that day.
#
# The classic shortcut gets this table badly wrong: "base + sign-on + grant / 4" treats
# every grant as an even one, and putting the whole sign-on in year 1 inflates the first
# year and empties the second. The recruiter's quoted figure is often that shortcut's
# four-year average; the year-by-year table is what your bank account will see.
#
# **Question.** Complete `yearly_compensation(offer, returns)`, where `offer` is a dict as in
# the conventions and `returns` a scenario of four yearly returns. Return a DataFrame with
# four rows, one per year in order, and the columns `year` (1 to 4), `base`, `bonus`,
# `sign_on`, `rsu` and `total` (the sum of the four, pre-tax), all in dollars.

# %% nbgrader={"grade_id": "yearly_compensation", "solution": true}
def yearly_compensation(offer, returns):
    """One row per year (1 to 4): base, bonus, sign_on, rsu and total, in dollars before tax."""
    ### BEGIN SOLUTION
    shares = vested_shares(offer["grant_value"], offer["grant_price"], offer["schedule"])
    prices = price_path(offer["grant_price"], returns)
    rows = []
    for year in range(1, 5):
        base = offer["base"] * (1 + offer["raise"]) ** (year - 1)
        rows.append({
            "year": year,
            "base": base,
            "bonus": offer["bonus_rate"] * base,
            "sign_on": float(offer["sign_on"][year - 1]),
            "rsu": shares[year - 1] * prices[year - 1],
        })
    table = pd.DataFrame(rows)
    table["total"] = table["base"] + table["bonus"] + table["sign_on"] + table["rsu"]
    return table
    ### END SOLUTION


# %% nbgrader={"grade_id": "yearly_compensation_test", "grade": true, "points": 2}
_toy = {"base": 100_000.0, "raise": 0.10, "bonus_rate": 0.10, "sign_on": (10_000.0, 5_000.0, 0.0, 0.0),
        "grant_value": 40_000.0, "grant_price": 10.0, "schedule": (0.25, 0.25, 0.25, 0.25)}
_out = yearly_compensation(_toy, (0.0, 0.0, 0.0, 0.0))
assert isinstance(_out, pd.DataFrame), "yearly_compensation should return a pandas DataFrame"
_missing = {"year", "base", "bonus", "sign_on", "rsu", "total"} - set(_out.columns)
assert not _missing, f"columns missing: {sorted(_missing)}"
assert len(_out) == 4 and list(_out["year"]) == [1, 2, 3, 4], "four rows, years 1 to 4 in order"
expect_close(_out["total"].iloc[0], 130_000.0, what="the year-1 total of the toy offer (100k base, 10k bonus, 10k sign-on, 10k RSU)")
expect_close(_out["base"].iloc[1], 110_000.0, what="the year-2 base of the toy offer (one raise of 10%)")
### BEGIN HIDDEN TESTS
for _name, _returns in SCENARIOS.items():
    _check_year_table(COMPANY_OFFER, _returns, f"company offer, {_name}")
    _check_year_table(RIVAL_OFFER, _returns, f"rival offer, {_name}")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "yearly_compensation_test_2", "grade": true, "points": 1}
# Hidden: randomly drawn offers (schedules, raises, bonuses, sign-on instalments in any year) and stock paths.
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(803)
for _i in range(12):
    _check_year_table(_random_offer(_rng), tuple(float(_r) for _r in _rng.uniform(-0.4, 0.5, 4)), f"random offer #{_i + 1}")
### END HIDDEN TESTS

# %% [markdown]
# Scratch space, not graded: both offers year by year when the stock does not move. Look at
# which offer pays more in each year before you read on.

# %%
try:
    display(pd.concat({name: yearly_compensation(offer, SCENARIOS["flat"]).set_index("year")
                       for name, offer in OFFERS.items()}, axis=1).round(0))
except NotImplementedError:
    print("Answer exercise 3 first to see the table.")

# %% [markdown]
# ## Part B · Scenarios and the comparison
#
# ## 4. Stock scenarios
# *A stress test of the equity part*
#
# Nobody knows the share price in three years, so a careful comparison never rests on a
# single path. A handful of named scenarios keeps the discussion concrete: a flat stock (the
# grant is worth what it says), steady growth, and a drop followed by a recovery. The shape
# of the path matters as much as where it ends, because each vest is valued on its own date.
# A back-loaded grant has little stock vesting in year 1, so an early drop barely touches it
# if the price recovers before the big vests; an even grant takes the drop on a quarter of
# its shares. The mirror image holds too: a fall in years 3 or 4 would hit the back-loaded
# grant hardest.
#
# Keep two different numbers apart: the pay *of* a year, and the running total *through* a
# year. This exercise asks for the first (and the four-year total), the next one for both.
#
# **Question.** Complete `scenario_totals(offer, scenarios)`, where `scenarios` is a dict
# mapping a scenario name to four yearly returns. Return a DataFrame with one row per
# scenario, indexed by the scenario names in the dict's order, and the columns `year_1`,
# `year_2`, `year_3`, `year_4` (the total pay *of* each year, pre-tax, as in exercise 3) and
# `total_4y` (their sum).

# %% nbgrader={"grade_id": "scenario_totals", "solution": true}
def scenario_totals(offer, scenarios):
    """One row per scenario (index: its name): year_1..year_4 pay and total_4y, pre-tax."""
    ### BEGIN SOLUTION
    rows = {}
    for name, returns in scenarios.items():
        totals = yearly_compensation(offer, returns)["total"].tolist()
        rows[name] = {f"year_{y}": totals[y - 1] for y in range(1, 5)}
        rows[name]["total_4y"] = sum(totals)
    return pd.DataFrame.from_dict(rows, orient="index")
    ### END SOLUTION


# %% nbgrader={"grade_id": "scenario_totals_test", "grade": true, "points": 2}
_toy = {"base": 100_000.0, "raise": 0.0, "bonus_rate": 0.0, "sign_on": (0.0, 0.0, 0.0, 0.0),
        "grant_value": 40_000.0, "grant_price": 10.0, "schedule": (0.25, 0.25, 0.25, 0.25)}
_out = scenario_totals(_toy, {"flat": (0.0, 0.0, 0.0, 0.0), "double": (1.0, 0.0, 0.0, 0.0)})
assert isinstance(_out, pd.DataFrame), "scenario_totals should return a pandas DataFrame"
assert list(_out.index) == ["flat", "double"], "one row per scenario, indexed by its name, in the dict's order"
_missing = {"year_1", "year_2", "year_3", "year_4", "total_4y"} - set(_out.columns)
assert not _missing, f"columns missing: {sorted(_missing)}"
expect_close(_out.loc["flat", "year_2"], 110_000.0, what="year_2 of the toy offer, flat (the pay of year 2 alone)")
expect_close(_out.loc["double", "total_4y"], 480_000.0,
             what="total_4y of the toy offer when the price doubles in year 1 (every vest is worth twice as much)")
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(804)
_cases = [(COMPANY_OFFER, SCENARIOS), (RIVAL_OFFER, SCENARIOS)]
for _ in range(4):
    _cases.append((_random_offer(_rng), {f"s{_k}": tuple(float(_r) for _r in _rng.uniform(-0.4, 0.5, 4))
                                        for _k in _rng.permutation(5)}))
for _offer, _scenarios in _cases:
    _table = scenario_totals(_offer, _scenarios)
    assert list(_table.index) == list(_scenarios), "the rows should be the scenario names, in the dict's order"
    for _name, _returns in _scenarios.items():
        _years = _ref_year_totals(_offer, _returns)
        expect_close([_table.loc[_name, f"year_{_y}"] for _y in range(1, 5)], _years, rel=1e-9, abs_=1e-6,
                     what=f"year_1..year_4 of scenario {_name!r} (the pay of each year, not a running total)")
        expect_close(_table.loc[_name, "total_4y"], sum(_years), rel=1e-9, abs_=1e-6, what=f"total_4y of scenario {_name!r}")
### END HIDDEN TESTS

# %% [markdown]
# Scratch space, not graded: both offers under the three scenarios.

# %%
try:
    display(pd.concat({name: scenario_totals(offer, SCENARIOS) for name, offer in OFFERS.items()}).round(0))
except NotImplementedError:
    print("Answer exercises 3 and 4 first to see the table.")

# %% [markdown]
# ## 5. The two offers, year by year and cumulatively
# *Yearly versus cumulative gaps, and when the lead really changes hands*
#
# From year 3 on, the company's offer pays more each year than the competitor's, and it is
# tempting to stop there: "it wins from year 3". But that is the year the *yearly* gap turns
# positive, and you are paid the *running total*. The competitor's head start in years 1
# and 2 has to be earned back first, so the cumulative gap turns positive later, or never.
# The cumulative gap at each anniversary is also exactly what you would be ahead or behind
# if you left on that day, which is why it is the number to bring to a negotiation.
#
# **Question.** Complete two functions.
#
# - `compare_offers(offer_a, offer_b, returns)` returns a DataFrame with four rows (years 1
#   to 4 in order) and the columns `year`, `a_total` and `b_total` (each offer's pay of that
#   year under `returns`), `yearly_gap` (`a_total - b_total`) and `cumulative_gap` (the
#   running sum of `yearly_gap` through that year).
# - `crossover_year(comparison)` takes a DataFrame shaped like the one above and returns the
#   first year from which offer A stays ahead for good: the smallest `year` such that
#   `cumulative_gap` is strictly positive in that year and every later year. Return an `int`,
#   or `None` when A is not ahead at the last year.

# %% nbgrader={"grade_id": "compare_offers", "solution": true}
def compare_offers(offer_a, offer_b, returns):
    """Years 1 to 4: a_total, b_total, yearly_gap (a - b) and cumulative_gap (running sum)."""
    ### BEGIN SOLUTION
    a = yearly_compensation(offer_a, returns)["total"].to_numpy()
    b = yearly_compensation(offer_b, returns)["total"].to_numpy()
    return pd.DataFrame({
        "year": [1, 2, 3, 4],
        "a_total": a,
        "b_total": b,
        "yearly_gap": a - b,
        "cumulative_gap": np.cumsum(a - b),
    })
    ### END SOLUTION


def crossover_year(comparison):
    """First year from which cumulative_gap stays > 0 through the last year, or None."""
    ### BEGIN SOLUTION
    table = comparison.sort_values("year")
    answer = None
    for year, gap in zip(reversed(table["year"].tolist()), reversed(table["cumulative_gap"].tolist())):
        if gap <= 0:
            break
        answer = int(year)
    return answer
    ### END SOLUTION


# %% nbgrader={"grade_id": "compare_offers_test", "grade": true, "points": 2}
_a = {"base": 100_000.0, "raise": 0.0, "bonus_rate": 0.0, "sign_on": (0.0, 0.0, 0.0, 0.0),
      "grant_value": 100_000.0, "grant_price": 10.0, "schedule": (0.0, 0.0, 0.5, 0.5)}
_b = dict(_a, grant_value=60_000.0, schedule=(0.25, 0.25, 0.25, 0.25))
_out = compare_offers(_a, _b, (0.0, 0.0, 0.0, 0.0))
assert isinstance(_out, pd.DataFrame), "compare_offers should return a pandas DataFrame"
_missing = {"year", "a_total", "b_total", "yearly_gap", "cumulative_gap"} - set(_out.columns)
assert not _missing, f"columns missing: {sorted(_missing)}"
expect_close(_out["yearly_gap"], [-15_000.0, -15_000.0, 35_000.0, 35_000.0], what="the yearly gaps of the toy pair")
expect_close(_out["cumulative_gap"], [-15_000.0, -30_000.0, 5_000.0, 40_000.0], what="the cumulative gaps of the toy pair")
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(805)
_pairs = [(COMPANY_OFFER, RIVAL_OFFER, _r) for _r in SCENARIOS.values()]
_pairs += [(_random_offer(_rng), _random_offer(_rng), tuple(float(_r) for _r in _rng.uniform(-0.4, 0.5, 4)))
           for _ in range(5)]
for _i, (_oa, _ob, _returns) in enumerate(_pairs):
    _table = compare_offers(_oa, _ob, _returns).sort_values("year")
    assert list(_table["year"]) == [1, 2, 3, 4], "compare_offers should have one row per year, 1 to 4"
    _ya, _yb = np.array(_ref_year_totals(_oa, _returns)), np.array(_ref_year_totals(_ob, _returns))
    expect_close(_table["a_total"], _ya, rel=1e-9, abs_=1e-6, what=f"a_total (pair #{_i + 1})")
    expect_close(_table["b_total"], _yb, rel=1e-9, abs_=1e-6, what=f"b_total (pair #{_i + 1})")
    expect_close(_table["yearly_gap"], _ya - _yb, rel=1e-9, abs_=1e-6, what=f"yearly_gap, A minus B (pair #{_i + 1})")
    _running = [float(sum(_ya[:_k]) - sum(_yb[:_k])) for _k in range(1, 5)]
    expect_close(_table["cumulative_gap"], _running, rel=1e-9, abs_=1e-6,
                 what=f"cumulative_gap, A's running total minus B's (pair #{_i + 1})")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "compare_offers_test_2", "grade": true, "points": 1}
def _comparison(yearly_gaps):
    _gaps = np.array(yearly_gaps, dtype=float)
    return pd.DataFrame({"year": [1, 2, 3, 4], "a_total": 200_000.0 + _gaps, "b_total": 200_000.0,
                         "yearly_gap": _gaps, "cumulative_gap": np.cumsum(_gaps)})


assert crossover_year(_comparison([-10.0, 5.0, 8.0, 8.0])) == 3, (
    "yearly gaps -10, 5, 8, 8: the running total is -10, -5, 3, 11, so A is ahead for good from year 3"
)
assert crossover_year(_comparison([-10.0, -10.0, 5.0, 5.0])) is None, "A never catches up here: return None"
### BEGIN HIDDEN TESTS
for _gaps, _expected, _why in [
    ([5.0, 1.0, 1.0, 1.0], 1, "A ahead from the start"),
    ([-50.0, 10.0, 20.0, 30.0], 4, "A pays more from year 2 on, but is ahead in total only in year 4"),
    ([-5.0, 8.0, -6.0, 10.0], 4, "A is ahead in year 2, falls behind in year 3, and is ahead again in year 4"),
    ([10.0, -20.0, 5.0, 1.0], None, "A's running total is negative in year 4"),
    ([-10.0, 10.0, 3.0, 3.0], 3, "the running total is exactly 0 in year 2, which is not ahead"),
]:
    _got = crossover_year(_comparison(_gaps))
    assert _got == _expected and (_got is None or isinstance(_got, (int, np.integer))), (
        f"crossover_year returned {_got!r} for the yearly gaps {_gaps} ({_why})"
    )
_rows = _comparison([-3.0, 1.0, 4.0, 4.0]).iloc[[3, 1, 0, 2]]
assert crossover_year(_rows) == 3, "crossover_year should go by the year column, not by the row order"
### END HIDDEN TESTS

# %% [markdown]
# ## 6. The break-even stock growth
# *A root found numerically, with a stated tolerance*
#
# The back-loaded offer is a bet on the stock: most of its value vests late, and a vest that
# lands later has had more years to grow (or shrink). So there is a growth rate at which the
# two offers' four-year totals are equal. Above it the back-loaded offer wins over four years,
# below it the competitor does. That single number turns a vague "it depends on the stock"
# into something you can reason about: is the growth you need plausible for this company?
#
# To find it, let both stocks grow at the same constant rate `g` every year (the scenario
# `(g, g, g, g)`) and look at `f(g) = four-year total of A - four-year total of B`. There is
# no formula for the root of `f`, so solve it numerically. *Bisection* is the simplest safe
# method: start from a bracket `[low, high]` on which `f` changes sign, look at the midpoint,
# keep the half where the sign still changes, and repeat until the bracket is shorter than
# the tolerance. (`scipy.optimize.brentq` does the same job faster, and is fine too.) Three
# traps: setting the two *fourth-year* totals equal instead of the four-year totals; growing
# only one of the two stocks; and scanning a grid of rates in steps of a percent, which
# cannot meet a tolerance of a millionth.
#
# **Question.** Complete `break_even_growth(offer_a, offer_b, low=-0.5, high=1.0, tol=1e-6)`.
# Return the constant yearly growth `g` in `[low, high]` (a float, `0.05` meaning +5% a year,
# applied to both stocks) at which the two offers' four-year totals are equal, within `tol`
# of the true root. If `f(low)` and `f(high)` have the same sign, raise `ValueError`.

# %% nbgrader={"grade_id": "break_even_growth", "solution": true}
def break_even_growth(offer_a, offer_b, low=-0.5, high=1.0, tol=1e-6):
    """Constant yearly growth of both stocks at which the four-year totals of A and B are equal."""
    ### BEGIN SOLUTION
    def gap(g):
        returns = (g, g, g, g)
        return (yearly_compensation(offer_a, returns)["total"].sum()
                - yearly_compensation(offer_b, returns)["total"].sum())

    f_low, f_high = gap(low), gap(high)
    if f_low * f_high > 0:
        raise ValueError("the four-year totals do not change order between low and high")
    while high - low > tol:
        mid = (low + high) / 2
        f_mid = gap(mid)
        if f_mid == 0:
            return mid
        if (f_mid > 0) == (f_low > 0):
            low, f_low = mid, f_mid
        else:
            high = mid
    return (low + high) / 2
    ### END SOLUTION


# %% nbgrader={"grade_id": "break_even_growth_test", "grade": true, "points": 2}
_a = {"base": 100_000.0, "raise": 0.0, "bonus_rate": 0.0, "sign_on": (0.0, 0.0, 0.0, 0.0),
      "grant_value": 100_000.0, "grant_price": 10.0, "schedule": (0.0, 0.0, 0.0, 1.0)}
_b = dict(_a, grant_value=0.0, sign_on=(121_000.0, 0.0, 0.0, 0.0))
_out = break_even_growth(_a, _b)
assert isinstance(_out, float), "break_even_growth should return a float"
expect_close(_out, 1.21 ** 0.25 - 1, abs_=2e-6, rel=0,
             what="the break-even growth of the toy pair (a $100,000 grant vesting in year 4 against a $121,000 sign-on)")
### BEGIN HIDDEN TESTS
_root = _brentq(lambda g: _ref_four_year_gap(COMPANY_OFFER, RIVAL_OFFER, g), -0.5, 1.0, xtol=1e-13)
_got = break_even_growth(COMPANY_OFFER, RIVAL_OFFER)
expect_close(_got, _root, abs_=2e-6, rel=0, what="the break-even growth of the company's offer against the rival's")
expect_close(break_even_growth(RIVAL_OFFER, COMPANY_OFFER), _root, abs_=2e-6, rel=0,
             what="the break-even growth with the two offers swapped (the root is the same)")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "break_even_growth_test_2", "grade": true, "points": 1}
# Hidden: other pairs of offers, another bracket and tolerance, and a pair whose totals never change order.
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(806)
_checked = 0
while _checked < 4:
    _oa, _ob = _random_offer(_rng), _random_offer(_rng)
    _oa["schedule"], _ob["schedule"] = BACK_LOADED, EVEN
    _oa["grant_value"] = _ob["grant_value"] * float(_rng.uniform(1.5, 3.0))
    if _ref_four_year_gap(_oa, _ob, -0.3) * _ref_four_year_gap(_oa, _ob, 0.6) >= 0:
        continue
    _checked += 1
    _root = _brentq(lambda g: _ref_four_year_gap(_oa, _ob, g), -0.3, 0.6, xtol=1e-13)
    expect_close(break_even_growth(_oa, _ob, low=-0.3, high=0.6, tol=1e-7), _root, abs_=2e-7, rel=0,
                 what=f"the break-even growth of random pair #{_checked} (bracket -0.3 to 0.6, tol 1e-7)")
_richer = dict(COMPANY_OFFER, base=COMPANY_OFFER["base"] + 200_000.0)
try:
    break_even_growth(_richer, RIVAL_OFFER)
except ValueError:
    pass
else:
    raise AssertionError(
        "break_even_growth should raise ValueError when one offer's four-year total is higher at both ends of the bracket"
    )
### END HIDDEN TESTS

# %% [markdown]
# ## Part C · Leaving early, taxes and the two levers
#
# ## 7. Leaving after 18 months
# *The first-year cliff and a prorated clawback*
#
# A four-year model quietly assumes you stay four years. Many people do not, and an offer
# should be judged on what it pays if you leave early too. Two rules decide that number. The
# **cliff**: nothing vests before the first anniversary, and afterwards shares vest only on
# anniversaries, so someone who leaves after 11 months walks away with no stock at all, and
# someone who leaves after 23 months has only the first vest. The **clawback**: each sign-on
# instalment is an advance on a year of work, and leaving during that year means paying back
# the share of it you did not work (see the conventions: prorated by unworked months). At the
# company the year-2 instalment is large, so leaving in the middle of year 2 comes with a
# bill.
#
# Two mistakes flatter an early exit: ignoring the clawback (counting the year-2 instalment
# as kept), and vesting shares month by month as if there were no cliff. A third makes it
# look worse than it is: repaying the whole instalment instead of the unworked part.
#
# **Question.** Complete `exit_payout(offer, months, returns)` for someone who leaves after
# `months` months (a whole number from 0 to 48), under the stock scenario `returns`. Return a
# dict with the keys `base` (base salary earned, with the raises), `bonus` (bonuses paid),
# `sign_on_received` (instalments paid out), `sign_on_repaid` (the clawback, a positive
# number or 0), `rsu` (value of the vests reached, at their vest-date prices) and `net`
# (`base + bonus + sign_on_received - sign_on_repaid + rsu`), all pre-tax dollars.

# %% nbgrader={"grade_id": "exit_payout", "solution": true}
def exit_payout(offer, months, returns):
    """What was paid, and repaid, by someone leaving after `months` months (pre-tax dollars)."""
    ### BEGIN SOLUTION
    shares = vested_shares(offer["grant_value"], offer["grant_price"], offer["schedule"])
    prices = price_path(offer["grant_price"], returns)
    payout = {"base": 0.0, "bonus": 0.0, "sign_on_received": 0.0, "sign_on_repaid": 0.0, "rsu": 0.0}
    for year in range(1, 5):
        start, end = 12 * (year - 1), 12 * year
        base = offer["base"] * (1 + offer["raise"]) ** (year - 1)
        worked = min(max(months - start, 0), 12)
        payout["base"] += base * worked / 12
        if months > start:
            payout["sign_on_received"] += offer["sign_on"][year - 1]
            if months < end:
                payout["sign_on_repaid"] += offer["sign_on"][year - 1] * (end - months) / 12
        if months >= end:
            payout["bonus"] += offer["bonus_rate"] * base
            payout["rsu"] += shares[year - 1] * prices[year - 1]
    payout["net"] = (payout["base"] + payout["bonus"] + payout["sign_on_received"]
                     - payout["sign_on_repaid"] + payout["rsu"])
    return payout
    ### END SOLUTION


# %% nbgrader={"grade_id": "exit_payout_test", "grade": true, "points": 2}
_toy = {"base": 120_000.0, "raise": 0.0, "bonus_rate": 0.0, "sign_on": (12_000.0, 24_000.0, 0.0, 0.0),
        "grant_value": 100_000.0, "grant_price": 10.0, "schedule": (0.05, 0.15, 0.40, 0.40)}
_out = exit_payout(_toy, 18, (0.0, 0.0, 0.0, 0.0))
assert isinstance(_out, dict), "exit_payout should return a dict"
_missing = {"base", "bonus", "sign_on_received", "sign_on_repaid", "rsu", "net"} - set(_out)
assert not _missing, f"keys missing: {sorted(_missing)}"
expect_close(_out["base"], 180_000.0, what="the base earned in 18 months at $120,000 a year")
expect_close(_out["rsu"], 5_000.0, what="the stock kept after 18 months (only the first vest was reached)")
expect_close(_out["sign_on_repaid"], 12_000.0,
             what="the clawback after 18 months (half of year 2 unworked, so half of the $24,000 instalment)")
### BEGIN HIDDEN TESTS
_keys = ["base", "bonus", "sign_on_received", "sign_on_repaid", "rsu", "net"]
for _name, _returns in SCENARIOS.items():
    for _offer_name, _offer in OFFERS.items():
        _before = _copy.deepcopy(_offer)
        for _m in (0, 1, 6, 11, 12, 13, 18, 23, 24, 30, 36, 47, 48):
            _got, _ref = exit_payout(_offer, _m, _returns), _ref_walkaway(_offer, _m, _returns)
            for _k in _keys:
                expect_close(_got[_k], _ref[_k], rel=1e-9, abs_=1e-6,
                             what=f"{_k} of the {_offer_name} offer when leaving after {_m} months ({_name})")
        assert _offer == _before, "exit_payout modified the offer dict it was given"
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "exit_payout_test_2", "grade": true, "points": 1}
# Hidden: every month of random offers with sign-on instalments in any year.
### BEGIN HIDDEN TESTS
_keys = ["base", "bonus", "sign_on_received", "sign_on_repaid", "rsu", "net"]
_rng = np.random.default_rng(807)
for _i in range(6):
    _offer = _random_offer(_rng)
    _returns = tuple(float(_r) for _r in _rng.uniform(-0.4, 0.5, 4))
    for _m in range(49):
        _got, _ref = exit_payout(_offer, _m, _returns), _ref_walkaway(_offer, _m, _returns)
        for _k in _keys:
            expect_close(_got[_k], _ref[_k], rel=1e-9, abs_=1e-6,
                         what=f"{_k} of random offer #{_i + 1} when leaving after {_m} months")
### END HIDDEN TESTS

# %% [markdown]
# ## 8. An after-tax view
# *One flat rate, and the repayment that comes out of taxed money*
#
# Keep taxes simple: one flat rate applies to every dollar you receive, the RSUs included
# (a vest is taxed as income at its value on the vest date). A flat rate scales every
# full-stay number by the same factor, so it can never change which offer wins over four
# years. It does change the cost of leaving early, though. A clawback is repaid in gross
# dollars, and you already paid tax on the instalment when you received it; in this model
# that tax does not come back, so every repaid dollar costs a full after-tax dollar. (In real
# life part of it may be recoverable, depending on the country and on the timing: ask before
# you sign.) The tempting shortcut, `(1 - rate) * net`, taxes the repayment away as if it had
# never been paid out.
#
# **Question.** Complete `after_tax_net(payout, tax_rate)`, where `payout` is a dict shaped
# like the one `exit_payout` returns. Return the money you keep after tax as a float: the
# flat rate applies to `base + bonus + sign_on_received + rsu`, and `sign_on_repaid` is then
# paid back in full out of what is left.

# %% nbgrader={"grade_id": "after_tax_net", "solution": true}
def after_tax_net(payout, tax_rate):
    """Money kept after a flat tax on everything received, minus the gross repayment."""
    ### BEGIN SOLUTION
    received = payout["base"] + payout["bonus"] + payout["sign_on_received"] + payout["rsu"]
    return float((1 - tax_rate) * received - payout["sign_on_repaid"])
    ### END SOLUTION


# %% nbgrader={"grade_id": "after_tax_net_test", "grade": true, "points": 2}
_payout = {"base": 100_000.0, "bonus": 0.0, "sign_on_received": 20_000.0, "sign_on_repaid": 0.0,
           "rsu": 0.0, "net": 120_000.0}
expect_close(after_tax_net(_payout, 0.25), 90_000.0, what="the after-tax value of $120,000 received and nothing repaid, at 25%")
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(808)
for _ in range(20):
    _parts = {_k: float(_v) for _k, _v in zip(["base", "bonus", "sign_on_received", "rsu"], _rng.uniform(0, 300_000, 4))}
    _parts["sign_on_repaid"] = float(_rng.uniform(0, _parts["sign_on_received"]))
    _parts["net"] = _parts["base"] + _parts["bonus"] + _parts["sign_on_received"] + _parts["rsu"] - _parts["sign_on_repaid"]
    _rate = float(_rng.uniform(0.1, 0.55))
    _kept_before_repaying = sum(_parts[_k] for _k in ["base", "bonus", "sign_on_received", "rsu"]) * (1 - _rate)
    expect_close(after_tax_net(dict(_parts), _rate), _kept_before_repaying - _parts["sign_on_repaid"], rel=1e-9, abs_=1e-6,
                 what="the after-tax value of a payout with a clawback (the repayment is gross, and its tax does not come back)")
_with_clawback = {"base": 60_000.0, "bonus": 0.0, "sign_on_received": 40_000.0, "sign_on_repaid": 20_000.0,
                  "rsu": 0.0, "net": 80_000.0}
expect_close(after_tax_net(_with_clawback, 0.5), 30_000.0, rel=1e-12,
             what="the after-tax value of $100,000 received with $20,000 repaid, at 50%")
### END HIDDEN TESTS

# %% [markdown]
# Scratch space, not graded: what each offer leaves you with, before and after tax, if you
# leave on the first anniversary, after 18 months, on the second anniversary or after four
# years, with a flat stock.

# %%
try:
    _rows = []
    for _m in (12, 18, 24, 48):
        for _name, _offer in OFFERS.items():
            _p = exit_payout(_offer, _m, SCENARIOS["flat"])
            _rows.append({"months": _m, "offer": _name, "repaid": _p["sign_on_repaid"], "pre_tax": _p["net"],
                          "after_tax": after_tax_net(_p, TAX_RATE)})
    display(pd.DataFrame(_rows).set_index(["months", "offer"]).round(0))
except NotImplementedError:
    print("Answer exercises 7 and 8 first to see the table.")

# %% [markdown]
# ## 9. An extra $X of sign-on, or an extra $X of stock?
# *Timing, risk and the clawback, priced*
#
# When a recruiter has room to move, it is usually on the sign-on and on the RSU grant: the
# base is pinned to the salary band of the level, so it is the lever with the least give, and
# a competing offer in hand is what usually unlocks the other two. They are not worth the same
# to you, even when they carry the same dollar figure. An extra sign-on dollar is cash, paid
# soon, whatever the stock does, but it can be clawed back until the end of the year it is
# paid for. An extra grant dollar is converted
# into shares at the grant price, vests on the same 5/15/40/40 schedule as the rest of the
# grant, and is worth whatever the stock makes of it: a twentieth of it by the first
# anniversary and a fifth by the second (at the grant price), more than a dollar over four
# years if the stock rises, less if it falls.
#
# In this exercise the company adds any extra sign-on to its two instalments in equal
# halves (half in year 1, half in year 2), each half under the same prorated clawback as
# the instalment it joins.
#
# **Question.** Complete `extra_value(kind, amount, months, returns, schedule=BACK_LOADED)`.
# `kind` is `"sign_on"` or `"rsu"`; `amount` the extra dollars (sign-on dollars, or grant
# value at the grant price). Return, as a float, how much more money (pre-tax) that extra
# leaves in your pocket if you leave after `months` months (0 to 48) under the stock scenario
# `returns`, net of any clawback. For `"rsu"` the extra vests on `schedule`. Raise
# `ValueError` for any other `kind`.

# %% nbgrader={"grade_id": "extra_value", "solution": true}
def extra_value(kind, amount, months, returns, schedule=BACK_LOADED):
    """Extra pre-tax money kept after `months` months from `amount` more sign-on or RSU grant."""
    ### BEGIN SOLUTION
    if kind == "sign_on":
        kept = 0.0
        for year in (1, 2):
            start, end = 12 * (year - 1), 12 * year
            if months > start:
                kept += amount / 2
                if months < end:
                    kept -= amount / 2 * (end - months) / 12
        return float(kept)
    if kind == "rsu":
        growth = price_path(1.0, returns)
        return float(sum(amount * schedule[y] * growth[y] for y in range(len(schedule)) if 12 * (y + 1) <= months))
    raise ValueError(f"kind should be 'sign_on' or 'rsu', not {kind!r}")
    ### END SOLUTION


# %% nbgrader={"grade_id": "extra_value_test", "grade": true, "points": 2}
_flat = (0.0, 0.0, 0.0, 0.0)
expect_close(extra_value("sign_on", 10_000.0, 24, _flat), 10_000.0, what="$10,000 more sign-on, kept in full after two years")
expect_close(extra_value("rsu", 10_000.0, 48, _flat), 10_000.0, what="$10,000 more grant, flat stock, after four years")
expect_close(extra_value("rsu", 10_000.0, 12, _flat), 500.0, what="$10,000 more grant, flat stock, after one year (5% vested)")
### BEGIN HIDDEN TESTS
for _name, _returns in SCENARIOS.items():
    for _kind in ("sign_on", "rsu"):
        for _m in (0, 6, 11, 12, 13, 18, 23, 24, 36, 48):
            expect_close(extra_value(_kind, NEGOTIATION_AMOUNT, _m, _returns),
                         _ref_extra(_kind, NEGOTIATION_AMOUNT, _m, _returns, BACK_LOADED), rel=1e-9, abs_=1e-6,
                         what=f"the value of ${NEGOTIATION_AMOUNT:,.0f} more {_kind} after {_m} months ({_name})")
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "extra_value_test_2", "grade": true, "points": 1}
# Hidden: other amounts, schedules and stock paths, every month, and an unknown kind.
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(809)
for _ in range(5):
    _schedule = tuple(float(_w) for _w in _rng.dirichlet(np.ones(4)))
    _returns = tuple(float(_r) for _r in _rng.uniform(-0.4, 0.5, 4))
    _amount = float(_rng.uniform(5_000, 80_000))
    for _kind in ("sign_on", "rsu"):
        for _m in range(49):
            expect_close(extra_value(_kind, _amount, _m, _returns, _schedule),
                         _ref_extra(_kind, _amount, _m, _returns, _schedule), rel=1e-9, abs_=1e-6,
                         what=f"the value of ${_amount:,.0f} more {_kind} after {_m} months (random schedule and path)")
try:
    extra_value("base", 10_000.0, 24, (0.0, 0.0, 0.0, 0.0))
except ValueError:
    pass
else:
    raise AssertionError("extra_value should raise ValueError for a kind other than 'sign_on' or 'rsu'")
### END HIDDEN TESTS

# %% [markdown]
# Scratch space, not graded: the two levers for `NEGOTIATION_AMOUNT` dollars, by scenario and
# by how long you stay.

# %%
try:
    _rows = []
    for _name, _returns in SCENARIOS.items():
        for _m in (12, 18, 24, 48):
            _rows.append({"scenario": _name, "months": _m,
                          "extra_sign_on": extra_value("sign_on", NEGOTIATION_AMOUNT, _m, _returns),
                          "extra_rsu": extra_value("rsu", NEGOTIATION_AMOUNT, _m, _returns)})
    display(pd.DataFrame(_rows).set_index(["scenario", "months"]).round(0))
except NotImplementedError:
    print("Answer exercise 9 first to see the table.")

# %% [markdown]
# ## 10. Walk-away curves
# *Cumulative compensation, month by month*
#
# One picture sums up the whole comparison: for every month from 0 to 48, how much each offer
# would have paid you, net of any clawback, if you left at the end of that month. The curve
# climbs steadily with the base, jumps on each anniversary (vests and bonuses), starts each
# sign-on year with a step that the clawback turns into a slope, and ends at the four-year
# total. Where the company's curve is below the competitor's, leaving would cost you the gap.
# A curve built by joining the yearly totals with straight lines misses exactly what
# matters: the cliff, the steps and the clawback.
#
# **Question.** Complete `walkaway_curves(offers, scenarios)`, where `offers` maps an offer
# name to an offer dict and `scenarios` maps a scenario name to four yearly returns. Return a
# DataFrame with the columns `offer`, `scenario`, `month` and `net`: one row for every offer,
# every scenario and every month from 0 to 48, where `net` is the pre-tax `net` that
# `exit_payout` gives for leaving after that month. Any row order.

# %% nbgrader={"grade_id": "walkaway_curves", "solution": true}
def walkaway_curves(offers, scenarios):
    """Rows (offer, scenario, month 0..48, net): pre-tax money kept when leaving after that month."""
    ### BEGIN SOLUTION
    rows = []
    for offer_name, offer in offers.items():
        for scenario_name, returns in scenarios.items():
            for month in range(49):
                rows.append({"offer": offer_name, "scenario": scenario_name, "month": month,
                             "net": exit_payout(offer, month, returns)["net"]})
    return pd.DataFrame(rows)
    ### END SOLUTION


# %% nbgrader={"grade_id": "walkaway_curves_test", "grade": true, "points": 2}
_toy = {"base": 120_000.0, "raise": 0.0, "bonus_rate": 0.0, "sign_on": (0.0, 0.0, 0.0, 0.0),
        "grant_value": 0.0, "grant_price": 10.0, "schedule": (0.25, 0.25, 0.25, 0.25)}
_out = walkaway_curves({"toy": _toy}, {"flat": (0.0, 0.0, 0.0, 0.0)})
assert isinstance(_out, pd.DataFrame), "walkaway_curves should return a pandas DataFrame"
_missing = {"offer", "scenario", "month", "net"} - set(_out.columns)
assert not _missing, f"columns missing: {sorted(_missing)}"
assert len(_out) == 49 and sorted(_out["month"]) == list(range(49)), "one row per month from 0 to 48 for each offer and scenario"
expect_close(_out.sort_values("month")["net"], [10_000.0 * _m for _m in range(49)],
             what="the curve of a $120,000 base with nothing else ($10,000 a month)")
### BEGIN HIDDEN TESTS
_rng = np.random.default_rng(810)
_offers = dict(OFFERS, drawn=_random_offer(_rng))
_scenarios = dict(SCENARIOS, drawn=tuple(float(_r) for _r in _rng.uniform(-0.4, 0.5, 4)))
_curves = walkaway_curves(_offers, _scenarios)
assert len(_curves) == len(_offers) * len(_scenarios) * 49, (
    f"walkaway_curves returned {len(_curves)} rows for {len(_offers)} offers and {len(_scenarios)} scenarios; "
    "there should be one per offer, scenario and month 0..48"
)
assert not _curves.duplicated(["offer", "scenario", "month"]).any(), "some (offer, scenario, month) appear twice"
for _on, _offer in _offers.items():
    for _sn, _returns in _scenarios.items():
        _part = _curves[(_curves["offer"] == _on) & (_curves["scenario"] == _sn)].sort_values("month")
        assert list(_part["month"]) == list(range(49)), f"the curve of ({_on}, {_sn}) should cover months 0 to 48"
        expect_close(_part["net"], [_ref_walkaway(_offer, _m, _returns)["net"] for _m in range(49)], rel=1e-9, abs_=1e-6,
                     what=f"the walk-away curve of ({_on}, {_sn})")
### END HIDDEN TESTS

# %% [markdown]
# Not graded: the walk-away curves of the two offers under each scenario (top row), and the
# gap between them, the company's curve minus the competitor's (bottom row), in thousands of
# dollars. The dotted lines mark the anniversaries. Look at the gap around month 18, at the
# jumps on the anniversaries, and at where, if anywhere, the gap ends above zero.

# %%
try:
    _curves = walkaway_curves(OFFERS, SCENARIOS)
    _fig, _axes = plt.subplots(2, len(SCENARIOS), figsize=(12, 6), sharex=True, sharey="row")
    for _col, _scenario in enumerate(SCENARIOS):
        _mine = _curves[_curves["scenario"] == _scenario]
        _by_offer = {_o: _mine[_mine["offer"] == _o].sort_values("month") for _o in ("company", "rival")}
        for _offer, _colour in (("company", "tab:orange"), ("rival", "tab:blue")):
            _axes[0, _col].step(_by_offer[_offer]["month"], _by_offer[_offer]["net"] / 1000, where="post",
                                color=_colour, label=_offer)
        _gap = _by_offer["company"]["net"].to_numpy() - _by_offer["rival"]["net"].to_numpy()
        _axes[1, _col].step(_by_offer["company"]["month"], _gap / 1000, where="post", color="tab:purple")
        _axes[1, _col].axhline(0, color="black", linewidth=0.8)
        for _row in (0, 1):
            for _anniversary in (12, 24, 36):
                _axes[_row, _col].axvline(_anniversary, color="grey", linestyle=":", linewidth=1)
        _axes[0, _col].set_title(_scenario)
        _axes[1, _col].set_xlabel("months worked")
        _axes[1, _col].set_xticks([0, 12, 24, 36, 48])
    _axes[0, 0].set_ylabel("kept if you leave, $k")
    _axes[1, 0].set_ylabel("company minus rival, $k")
    _axes[0, 0].legend()
    _fig.tight_layout()
    plt.show()
except Exception as _error:  # noqa: BLE001 (any error in an unfinished answer)
    plt.close("all")
    print(f"Answer exercises 7 and 10 first to see the chart ({type(_error).__name__}).")

# %% [markdown]
# ## Part D · The plan
#
# ## 11. The negotiation plan
# *What to ask for first, and why, in numbers*
#
# A negotiation goes better with a plan written before the call: which lever to raise first,
# how much to ask for and why that amount, what to fall back on, and which risks you accept.
# Recruiters respond to specifics ("the other offer pays $X more over my first two years")
# far better than to "can you do better?". Every number in the plan should come from your
# model, computed with your functions, not typed in by hand: if the offer changes, rerun the
# cell and the plan updates.
#
# **Question.** Assign a dict `negotiation_plan` with these keys:
#
# - `"first_ask"`: the lever you raise first, one of `"sign_on"`, `"rsu_grant"`,
#   `"base_salary"`;
# - `"ask_amount"`: how many extra dollars you ask for on that lever (a positive number);
# - `"second_ask"`: your fallback lever, another one of the three;
# - `"numbers"`: a dict with exactly the following keys, each a number computed with your
#   functions (the company is always offer A where a function takes two offers):
#   - `"year1_gap_flat"`: the rival's year-1 pay minus the company's, flat stock;
#   - `"cumulative_gap_year2_flat"`: the rival's total pay over years 1 and 2 minus the
#     company's, flat stock;
#   - `"four_year_gap_flat"`: the rival's four-year total minus the company's, flat stock;
#   - `"break_even_growth"`: the break-even growth of exercise 6 for these two offers;
#   - `"walkaway_gap_18m_flat"`: the rival's pre-tax `net` minus the company's when leaving
#     after 18 months, flat stock;
#   - `"extra_sign_on_18m"`: what `NEGOTIATION_AMOUNT` more sign-on leaves you after 18
#     months;
#   - `"extra_rsu_18m_flat"`: what `NEGOTIATION_AMOUNT` more grant leaves you after 18 months,
#     flat stock;
#   - `"extra_rsu_48m_growth_10"`: what `NEGOTIATION_AMOUNT` more grant leaves you after 48
#     months under `growth_10`;
# - `"why"`: why this first ask and this amount, in at least 40 words and with at least
#   three numbers from your model;
# - `"risks"`: what you accept by taking the company's offer (what leaving early would cost
#   you, the cliff and the clawback, and what the back-loaded grant is betting on), in at
#   least 25 words.

# %% nbgrader={"grade_id": "negotiation_plan", "solution": true}
### BEGIN SOLUTION
_flat = SCENARIOS["flat"]
_gaps = compare_offers(COMPANY_OFFER, RIVAL_OFFER, _flat)
_numbers = {
    "year1_gap_flat": float(-_gaps["yearly_gap"].iloc[0]),
    "cumulative_gap_year2_flat": float(-_gaps["cumulative_gap"].iloc[1]),
    "four_year_gap_flat": float(-_gaps["cumulative_gap"].iloc[3]),
    "break_even_growth": break_even_growth(COMPANY_OFFER, RIVAL_OFFER),
    "walkaway_gap_18m_flat": exit_payout(RIVAL_OFFER, 18, _flat)["net"] - exit_payout(COMPANY_OFFER, 18, _flat)["net"],
    "extra_sign_on_18m": extra_value("sign_on", NEGOTIATION_AMOUNT, 18, _flat),
    "extra_rsu_18m_flat": extra_value("rsu", NEGOTIATION_AMOUNT, 18, _flat),
    "extra_rsu_48m_growth_10": extra_value("rsu", NEGOTIATION_AMOUNT, 48, SCENARIOS["growth_10"]),
}
negotiation_plan = {
    "first_ask": "sign_on",
    "ask_amount": 40_000.0,
    "second_ask": "rsu_grant",
    "numbers": _numbers,
    "why": (
        f"With a flat stock the rival pays ${_numbers['year1_gap_flat']:,.0f} more in year 1 and "
        f"${_numbers['cumulative_gap_year2_flat']:,.0f} more over two years, and is still "
        f"${_numbers['four_year_gap_flat']:,.0f} ahead after four; the company only wins if its stock grows "
        f"faster than {_numbers['break_even_growth']:.1%} a year. Extra sign-on closes the gap where it is "
        f"largest and is certain: ${NEGOTIATION_AMOUNT:,.0f} more sign-on is worth "
        f"${_numbers['extra_sign_on_18m']:,.0f} even if I leave after 18 months, against "
        f"${_numbers['extra_rsu_18m_flat']:,.0f} for the same amount of stock. Asking for $40,000, split over the "
        f"two instalments, erases the four-year gap with a flat stock and cites the rival's early lead."
    ),
    "risks": (
        f"Leaving after 18 months, the rival's offer would have paid ${_numbers['walkaway_gap_18m_flat']:,.0f} more "
        "before tax, and I would repay half of the company's year-2 instalment under the clawback; nothing vests "
        "before the first anniversary. Taking the company's offer is a bet that I stay at least three years and that "
        f"the stock grows faster than about {_numbers['break_even_growth']:.0%} a year, since 80% of the grant vests "
        "in years 3 and 4. More stock only beats sign-on if both hold: "
        f"${_numbers['extra_rsu_48m_growth_10']:,.0f} after four years of 10% growth."
    ),
}
### END SOLUTION

# %% nbgrader={"grade_id": "negotiation_plan_test", "grade": true, "points": 2}
assert isinstance(negotiation_plan, dict), "negotiation_plan should be a dict"
_missing = [k for k in ["first_ask", "ask_amount", "second_ask", "numbers", "why", "risks"] if k not in negotiation_plan]
assert not _missing, f"negotiation_plan is missing the keys {_missing}"
_levers = {"sign_on", "rsu_grant", "base_salary"}
assert negotiation_plan["first_ask"] in _levers and negotiation_plan["second_ask"] in _levers, (
    "first_ask and second_ask should each be one of 'sign_on', 'rsu_grant', 'base_salary'"
)
### BEGIN HIDDEN TESTS
import re as _re


def _words(text):
    return len(text.split()) if isinstance(text, str) else 0


assert negotiation_plan["first_ask"] != negotiation_plan["second_ask"], "the fallback should be a different lever from the first ask"
assert negotiation_plan["first_ask"] != "base_salary", (
    "the base is pinned to the level's salary band, so it is the lever with the least room: open with one the "
    "recruiter can actually move"
)
_amount = negotiation_plan["ask_amount"]
assert isinstance(_amount, (int, float, np.integer, np.floating)) and not isinstance(_amount, bool) and _amount > 0, (
    "ask_amount should be a positive number of dollars"
)
assert _words(negotiation_plan["why"]) >= 40, "negotiation_plan['why'] should argue the first ask in at least 40 words"
assert len(_re.findall(r"\d[\d,.]*", negotiation_plan["why"])) >= 3, (
    "negotiation_plan['why'] should quote at least three numbers from your model"
)
assert _words(negotiation_plan["risks"]) >= 25, "negotiation_plan['risks'] should be at least 25 words"
assert any(_w in negotiation_plan["risks"].lower() for _w in ("clawback", "repay", "pay back", "cliff", "vest")), (
    "negotiation_plan['risks'] should say what leaving early would cost (the clawback, the cliff)"
)
### END HIDDEN TESTS

# %% nbgrader={"grade_id": "negotiation_plan_test_2", "grade": true, "points": 2}
_expected_keys = {"year1_gap_flat", "cumulative_gap_year2_flat", "four_year_gap_flat", "break_even_growth",
                  "walkaway_gap_18m_flat", "extra_sign_on_18m", "extra_rsu_18m_flat", "extra_rsu_48m_growth_10"}
assert isinstance(negotiation_plan["numbers"], dict) and set(negotiation_plan["numbers"]) == _expected_keys, (
    f"negotiation_plan['numbers'] should be a dict with exactly the keys {sorted(_expected_keys)}"
)
### BEGIN HIDDEN TESTS
_num = negotiation_plan["numbers"]
_flat, _g10 = SCENARIOS["flat"], SCENARIOS["growth_10"]
_cy = _ref_year_totals(COMPANY_OFFER, _flat)
_ry = _ref_year_totals(RIVAL_OFFER, _flat)
_expected = {
    "year1_gap_flat": _ry[0] - _cy[0],
    "cumulative_gap_year2_flat": sum(_ry[:2]) - sum(_cy[:2]),
    "four_year_gap_flat": sum(_ry) - sum(_cy),
    "walkaway_gap_18m_flat": _ref_walkaway(RIVAL_OFFER, 18, _flat)["net"] - _ref_walkaway(COMPANY_OFFER, 18, _flat)["net"],
    "extra_sign_on_18m": _ref_extra("sign_on", NEGOTIATION_AMOUNT, 18, _flat, BACK_LOADED),
    "extra_rsu_18m_flat": _ref_extra("rsu", NEGOTIATION_AMOUNT, 18, _flat, BACK_LOADED),
    "extra_rsu_48m_growth_10": _ref_extra("rsu", NEGOTIATION_AMOUNT, 48, _g10, BACK_LOADED),
}
for _k, _v in _expected.items():
    _hint = "the rival minus the company" if "gap" in _k else "the value of the extra, net of any clawback"
    expect_close(_num[_k], _v, rel=1e-6, abs_=1.0, what=f"numbers['{_k}'] ({_hint})")
_root = _brentq(lambda g: _ref_four_year_gap(COMPANY_OFFER, RIVAL_OFFER, g), -0.5, 1.0, xtol=1e-13)
expect_close(_num["break_even_growth"], _root, abs_=1e-4, rel=0,
             what="numbers['break_even_growth'] (a yearly growth as a fraction, 0.05 for 5%)")
### END HIDDEN TESTS

# %% [markdown] nbgrader={"grade_id": "negotiation_plan_rubric", "task": true, "points": 4}
# **Rubric for the negotiation plan (4 points, graded by a person who reads your
# `negotiation_plan` and the walk-away chart).**
#
# - **The numbers tell a story (1 point).** The `why` uses the model's numbers to say where
#   the company's offer falls short and when: the competitor's lead in years 1 and 2, the
#   four-year gap with a flat stock, and the break-even growth, with a sentence on whether
#   that growth is plausible for a large company's stock.
# - **The choice of lever (1 point).** The first ask is justified by timing and risk: the
#   sign-on closes the gap where it is largest, is certain and is worth more than the same
#   dollars of stock over one and two years in every scenario; more stock only wins over four
#   years if the stock grows. Choosing the grant first is acceptable when the plan says why
#   (a firm intention to stay four years and a view on the stock) and shows the numbers
#   behind it. The fallback is a real alternative, not the base salary.
# - **The amount (1 point).** The amount asked for is anchored on a gap from the model (for
#   example the two-year cumulative gap or the four-year gap with a flat stock) and is
#   realistic for a sign-on or grant increase with a competing offer in hand (a few tens of
#   thousands of dollars, not a doubling).
# - **Risks and conditions (1 point).** Names what leaving early costs (the clawback, with its
#   amount at 18 months, and the cliff), that the back-loaded grant concentrates the bet on
#   the stock in years 3 and 4, and what would change the plan (staying less than two years,
#   a drop in years 3 or 4, an after-tax look at a clawback).

# %% [markdown]
# ## What next
#
# - Grade yourself: save the notebook, open a terminal (File > New > Terminal, it starts in
#   `work/`) and run `autograde check week08/offer_evaluation.ipynb`. The report lists every
#   exercise with its points, hidden checks included; the rubric is graded by a person.
# - Stress the back-loaded grant where it is weakest: add a scenario such as
#   `(0.10, 0.10, -0.30, 0.0)`, a fall just before the big vests, and compare it with
#   `dip_recovery`. Which offer does each path favour, and why?
# - Refresher grants: employers often add a new grant each year, on the same kind of
#   schedule, so that pay does not fall off a cliff in year 5. Extend `yearly_compensation`
#   to stack overlapping grants and look at years 5 to 8.
# - Say the plan out loud in two minutes, as you would on the call with the recruiter: the
#   competing numbers, the one ask, the amount and the reason, without apologising.
# - Going further: discount each year's pay at a rate that reflects your own cash needs,
#   model semi-annual or quarterly vests, and replace the flat tax by your real brackets:
#   none of these changes the method, only the inputs.
