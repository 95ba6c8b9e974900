"""Plausible wrong answers for week08/offer_evaluation: each must lose points."""

WRONG_ANSWERS = {
    "vested_shares": [
        # even vesting assumed: a quarter of the grant every year, whatever the schedule says
        '''def vested_shares(grant_value, grant_price, schedule):
    """Shares vesting on each anniversary: a list of floats, one per entry of schedule."""
    if abs(sum(schedule) - 1.0) > 1e-9:
        raise ValueError("the schedule must add up to 1")
    shares = grant_value / grant_price
    return [shares / len(schedule)] * len(schedule)
''',
        # the schedule's sum compared with ==: valid schedules such as 0.7/0.1/0.1/0.1 are rejected
        '''def vested_shares(grant_value, grant_price, schedule):
    """Shares vesting on each anniversary: a list of floats, one per entry of schedule."""
    if sum(schedule) != 1:
        raise ValueError("the schedule must add up to 1")
    shares = grant_value / grant_price
    return [shares * fraction for fraction in schedule]
''',
        # whole shares only: each tranche rounded down, although fractional shares are allowed
        '''def vested_shares(grant_value, grant_price, schedule):
    """Shares vesting on each anniversary: a list of floats, one per entry of schedule."""
    if abs(sum(schedule) - 1.0) > 1e-9:
        raise ValueError("the schedule must add up to 1")
    shares = grant_value / grant_price
    return [float(math.floor(shares * fraction)) for fraction in schedule]
''',
    ],
    "price_path": [
        # growth counted from year 0: the first vest is valued at the grant price
        '''def price_path(grant_price, returns):
    """The share price on each anniversary: a list of floats, one per yearly return."""
    prices, price = [], grant_price
    for r in returns:
        prices.append(price)
        price = price * (1 + r)
    return prices
''',
        # returns added up instead of compounded
        '''def price_path(grant_price, returns):
    """The share price on each anniversary: a list of floats, one per yearly return."""
    prices, total = [], 0.0
    for r in returns:
        total += r
        prices.append(grant_price * (1 + total))
    return prices
''',
    ],
    "yearly_compensation": [
        # the grant divided by four: even vesting instead of the offer's schedule
        '''def yearly_compensation(offer, returns):
    """One row per year (1 to 4): base, bonus, sign_on, rsu and total, in dollars before tax."""
    shares = offer["grant_value"] / offer["grant_price"]
    price, rows = offer["grant_price"], []
    for year in range(1, 5):
        price *= 1 + returns[year - 1]
        base = offer["base"] * (1 + offer["raise"]) ** (year - 1)
        rows.append({"year": year, "base": base, "bonus": offer["bonus_rate"] * base,
                     "sign_on": offer["sign_on"][year - 1], "rsu": shares / 4 * price})
    table = pd.DataFrame(rows)
    table["total"] = table["base"] + table["bonus"] + table["sign_on"] + table["rsu"]
    return table
''',
        # the raise applied from year 1 on
        '''def yearly_compensation(offer, returns):
    """One row per year (1 to 4): base, bonus, sign_on, rsu and total, in dollars before tax."""
    shares = offer["grant_value"] / offer["grant_price"]
    price, rows = offer["grant_price"], []
    for year in range(1, 5):
        price *= 1 + returns[year - 1]
        base = offer["base"] * (1 + offer["raise"]) ** year
        rows.append({"year": year, "base": base, "bonus": offer["bonus_rate"] * base,
                     "sign_on": offer["sign_on"][year - 1], "rsu": shares * offer["schedule"][year - 1] * price})
    table = pd.DataFrame(rows)
    table["total"] = table["base"] + table["bonus"] + table["sign_on"] + table["rsu"]
    return table
''',
        # the whole sign-on paid in year 1
        '''def yearly_compensation(offer, returns):
    """One row per year (1 to 4): base, bonus, sign_on, rsu and total, in dollars before tax."""
    shares = offer["grant_value"] / offer["grant_price"]
    price, rows = offer["grant_price"], []
    for year in range(1, 5):
        price *= 1 + returns[year - 1]
        base = offer["base"] * (1 + offer["raise"]) ** (year - 1)
        rows.append({"year": year, "base": base, "bonus": offer["bonus_rate"] * base,
                     "sign_on": sum(offer["sign_on"]) if year == 1 else 0.0,
                     "rsu": shares * offer["schedule"][year - 1] * price})
    table = pd.DataFrame(rows)
    table["total"] = table["base"] + table["bonus"] + table["sign_on"] + table["rsu"]
    return table
''',
    ],
    "scenario_totals": [
        # running totals in the year columns: the pay through each year instead of the pay of each year
        '''def scenario_totals(offer, scenarios):
    """One row per scenario (index: its name): year_1..year_4 pay and total_4y, pre-tax."""
    shares = offer["grant_value"] / offer["grant_price"]
    rows = {}
    for name, returns in scenarios.items():
        price, running, row = offer["grant_price"], 0.0, {}
        for year in range(1, 5):
            price *= 1 + returns[year - 1]
            base = offer["base"] * (1 + offer["raise"]) ** (year - 1)
            running += (base * (1 + offer["bonus_rate"]) + offer["sign_on"][year - 1]
                        + shares * offer["schedule"][year - 1] * price)
            row[f"year_{year}"] = running
        row["total_4y"] = running
        rows[name] = row
    return pd.DataFrame.from_dict(rows, orient="index")
''',
        # growth applied from year 0: each vest valued one year of growth too early
        '''def scenario_totals(offer, scenarios):
    """One row per scenario (index: its name): year_1..year_4 pay and total_4y, pre-tax."""
    shares = offer["grant_value"] / offer["grant_price"]
    rows = {}
    for name, returns in scenarios.items():
        price, row = offer["grant_price"], {}
        for year in range(1, 5):
            base = offer["base"] * (1 + offer["raise"]) ** (year - 1)
            row[f"year_{year}"] = (base * (1 + offer["bonus_rate"]) + offer["sign_on"][year - 1]
                                   + shares * offer["schedule"][year - 1] * price)
            price *= 1 + returns[year - 1]
        row["total_4y"] = sum(row[f"year_{y}"] for y in range(1, 5))
        rows[name] = row
    return pd.DataFrame.from_dict(rows, orient="index")
''',
    ],
    "compare_offers": [
        # the crossover read off the yearly gap: "A pays more from year 3, so A wins from year 3"
        '''def _pay_of_each_year(offer, returns):
    shares = offer["grant_value"] / offer["grant_price"]
    price, totals = offer["grant_price"], []
    for year in range(1, 5):
        price *= 1 + returns[year - 1]
        base = offer["base"] * (1 + offer["raise"]) ** (year - 1)
        totals.append(base * (1 + offer["bonus_rate"]) + offer["sign_on"][year - 1]
                      + shares * offer["schedule"][year - 1] * price)
    return np.array(totals)


def compare_offers(offer_a, offer_b, returns):
    """Years 1 to 4: a_total, b_total, yearly_gap (a - b) and cumulative_gap (running sum)."""
    a, b = _pay_of_each_year(offer_a, returns), _pay_of_each_year(offer_b, returns)
    return pd.DataFrame({"year": [1, 2, 3, 4], "a_total": a, "b_total": b,
                         "yearly_gap": a - b, "cumulative_gap": np.cumsum(a - b)})


def crossover_year(comparison):
    """First year from which cumulative_gap stays > 0 through the last year, or None."""
    table = comparison.sort_values("year")
    answer = None
    for year, gap in zip(reversed(table["year"].tolist()), reversed(table["yearly_gap"].tolist())):
        if gap <= 0:
            break
        answer = int(year)
    return answer
''',
        # the first year the running total is positive, even if A falls behind again later
        '''def _pay_of_each_year(offer, returns):
    shares = offer["grant_value"] / offer["grant_price"]
    price, totals = offer["grant_price"], []
    for year in range(1, 5):
        price *= 1 + returns[year - 1]
        base = offer["base"] * (1 + offer["raise"]) ** (year - 1)
        totals.append(base * (1 + offer["bonus_rate"]) + offer["sign_on"][year - 1]
                      + shares * offer["schedule"][year - 1] * price)
    return np.array(totals)


def compare_offers(offer_a, offer_b, returns):
    """Years 1 to 4: a_total, b_total, yearly_gap (a - b) and cumulative_gap (running sum)."""
    a, b = _pay_of_each_year(offer_a, returns), _pay_of_each_year(offer_b, returns)
    return pd.DataFrame({"year": [1, 2, 3, 4], "a_total": a, "b_total": b,
                         "yearly_gap": a - b, "cumulative_gap": np.cumsum(a - b)})


def crossover_year(comparison):
    """First year from which cumulative_gap stays > 0 through the last year, or None."""
    table = comparison.sort_values("year")
    positive = table[table["cumulative_gap"] > 0]
    return int(positive["year"].iloc[0]) if len(positive) else None
''',
        # cumulative_gap mixes a running total with a single year: A's running total minus B's pay of that year
        '''def _pay_of_each_year(offer, returns):
    shares = offer["grant_value"] / offer["grant_price"]
    price, totals = offer["grant_price"], []
    for year in range(1, 5):
        price *= 1 + returns[year - 1]
        base = offer["base"] * (1 + offer["raise"]) ** (year - 1)
        totals.append(base * (1 + offer["bonus_rate"]) + offer["sign_on"][year - 1]
                      + shares * offer["schedule"][year - 1] * price)
    return np.array(totals)


def compare_offers(offer_a, offer_b, returns):
    """Years 1 to 4: a_total, b_total, yearly_gap (a - b) and cumulative_gap (running sum)."""
    a, b = _pay_of_each_year(offer_a, returns), _pay_of_each_year(offer_b, returns)
    return pd.DataFrame({"year": [1, 2, 3, 4], "a_total": a, "b_total": b,
                         "yearly_gap": a - b, "cumulative_gap": np.cumsum(a) - b})


def crossover_year(comparison):
    """First year from which cumulative_gap stays > 0 through the last year, or None."""
    table = comparison.sort_values("year")
    answer = None
    for year, gap in zip(reversed(table["year"].tolist()), reversed(table["cumulative_gap"].tolist())):
        if gap <= 0:
            break
        answer = int(year)
    return answer
''',
    ],
    "break_even_growth": [
        # a grid of growth rates in steps of 1%: nowhere near the stated tolerance
        '''def _four_year_total(offer, g):
    shares = offer["grant_value"] / offer["grant_price"]
    price, total = offer["grant_price"], 0.0
    for year in range(1, 5):
        price *= 1 + g
        base = offer["base"] * (1 + offer["raise"]) ** (year - 1)
        total += base * (1 + offer["bonus_rate"]) + offer["sign_on"][year - 1] + shares * offer["schedule"][year - 1] * price
    return total


def break_even_growth(offer_a, offer_b, low=-0.5, high=1.0, tol=1e-6):
    """Constant yearly growth of both stocks at which the four-year totals of A and B are equal."""
    grid = np.arange(low, high + 1e-12, 0.01)
    gaps = np.array([_four_year_total(offer_a, g) - _four_year_total(offer_b, g) for g in grid])
    if gaps[0] * gaps[-1] > 0:
        raise ValueError("no break-even in the bracket")
    return float(grid[np.argmin(np.abs(gaps))])
''',
        # the two fourth-year totals set equal instead of the four-year totals
        '''def _year_four_total(offer, g):
    shares = offer["grant_value"] / offer["grant_price"]
    base = offer["base"] * (1 + offer["raise"]) ** 3
    return base * (1 + offer["bonus_rate"]) + offer["sign_on"][3] + shares * offer["schedule"][3] * offer["grant_price"] * (1 + g) ** 4


def break_even_growth(offer_a, offer_b, low=-0.5, high=1.0, tol=1e-6):
    """Constant yearly growth of both stocks at which the four-year totals of A and B are equal."""
    def gap(g):
        return _year_four_total(offer_a, g) - _year_four_total(offer_b, g)

    f_low = gap(low)
    if f_low * gap(high) > 0:
        raise ValueError("no break-even in the bracket")
    while high - low > tol:
        mid = (low + high) / 2
        if (gap(mid) > 0) == (f_low > 0):
            low = mid
        else:
            high = mid
    return (low + high) / 2
''',
        # only offer A's stock grows; offer B is valued at its grant price
        '''def _four_year_total(offer, g):
    shares = offer["grant_value"] / offer["grant_price"]
    price, total = offer["grant_price"], 0.0
    for year in range(1, 5):
        price *= 1 + g
        base = offer["base"] * (1 + offer["raise"]) ** (year - 1)
        total += base * (1 + offer["bonus_rate"]) + offer["sign_on"][year - 1] + shares * offer["schedule"][year - 1] * price
    return total


def break_even_growth(offer_a, offer_b, low=-0.5, high=1.0, tol=1e-6):
    """Constant yearly growth of both stocks at which the four-year totals of A and B are equal."""
    def gap(g):
        return _four_year_total(offer_a, g) - _four_year_total(offer_b, 0.0)

    f_low = gap(low)
    if f_low * gap(high) > 0:
        raise ValueError("no break-even in the bracket")
    while high - low > tol:
        mid = (low + high) / 2
        if (gap(mid) > 0) == (f_low > 0):
            low = mid
        else:
            high = mid
    return (low + high) / 2
''',
    ],
    "exit_payout": [
        # the clawback ignored: the year-2 instalment counted as kept after 18 months
        '''def exit_payout(offer, months, returns):
    """What was paid, and repaid, by someone leaving after `months` months (pre-tax dollars)."""
    shares = offer["grant_value"] / offer["grant_price"]
    price = offer["grant_price"]
    payout = {"base": 0.0, "bonus": 0.0, "sign_on_received": 0.0, "sign_on_repaid": 0.0, "rsu": 0.0}
    for year in range(1, 5):
        price *= 1 + returns[year - 1]
        base = offer["base"] * (1 + offer["raise"]) ** (year - 1)
        payout["base"] += base * min(max(months - 12 * (year - 1), 0), 12) / 12
        if months > 12 * (year - 1):
            payout["sign_on_received"] += offer["sign_on"][year - 1]
        if months >= 12 * year:
            payout["bonus"] += offer["bonus_rate"] * base
            payout["rsu"] += shares * offer["schedule"][year - 1] * price
    payout["net"] = payout["base"] + payout["bonus"] + payout["sign_on_received"] + payout["rsu"]
    return payout
''',
        # no cliff: shares treated as vesting month by month through the year
        '''def exit_payout(offer, months, returns):
    """What was paid, and repaid, by someone leaving after `months` months (pre-tax dollars)."""
    shares = offer["grant_value"] / offer["grant_price"]
    price = offer["grant_price"]
    payout = {"base": 0.0, "bonus": 0.0, "sign_on_received": 0.0, "sign_on_repaid": 0.0, "rsu": 0.0}
    for year in range(1, 5):
        price *= 1 + returns[year - 1]
        base = offer["base"] * (1 + offer["raise"]) ** (year - 1)
        worked = min(max(months - 12 * (year - 1), 0), 12)
        payout["base"] += base * worked / 12
        payout["rsu"] += shares * offer["schedule"][year - 1] * price * worked / 12
        if months > 12 * (year - 1):
            payout["sign_on_received"] += offer["sign_on"][year - 1]
            if months < 12 * year:
                payout["sign_on_repaid"] += offer["sign_on"][year - 1] * (12 * year - months) / 12
        if months >= 12 * year:
            payout["bonus"] += offer["bonus_rate"] * base
    payout["net"] = (payout["base"] + payout["bonus"] + payout["sign_on_received"]
                     - payout["sign_on_repaid"] + payout["rsu"])
    return payout
''',
        # the whole instalment of the unfinished year repaid, not just the unworked part
        '''def exit_payout(offer, months, returns):
    """What was paid, and repaid, by someone leaving after `months` months (pre-tax dollars)."""
    shares = offer["grant_value"] / offer["grant_price"]
    price = offer["grant_price"]
    payout = {"base": 0.0, "bonus": 0.0, "sign_on_received": 0.0, "sign_on_repaid": 0.0, "rsu": 0.0}
    for year in range(1, 5):
        price *= 1 + returns[year - 1]
        base = offer["base"] * (1 + offer["raise"]) ** (year - 1)
        payout["base"] += base * min(max(months - 12 * (year - 1), 0), 12) / 12
        if months > 12 * (year - 1):
            payout["sign_on_received"] += offer["sign_on"][year - 1]
            if months < 12 * year:
                payout["sign_on_repaid"] += offer["sign_on"][year - 1]
        if months >= 12 * year:
            payout["bonus"] += offer["bonus_rate"] * base
            payout["rsu"] += shares * offer["schedule"][year - 1] * price
    payout["net"] = (payout["base"] + payout["bonus"] + payout["sign_on_received"]
                     - payout["sign_on_repaid"] + payout["rsu"])
    return payout
''',
    ],
    "after_tax_net": [
        # the flat rate applied to the net: as if the tax on the repaid instalment came back
        '''def after_tax_net(payout, tax_rate):
    """Money kept after a flat tax on everything received, minus the gross repayment."""
    return float((1 - tax_rate) * payout["net"])
''',
        # the repayment forgotten altogether
        '''def after_tax_net(payout, tax_rate):
    """Money kept after a flat tax on everything received, minus the gross repayment."""
    received = payout["base"] + payout["bonus"] + payout["sign_on_received"] + payout["rsu"]
    return float((1 - tax_rate) * received)
''',
    ],
    "extra_value": [
        # the extra sign-on paid all in year 1
        '''def extra_value(kind, amount, months, returns, schedule=(0.05, 0.15, 0.40, 0.40)):
    """Extra pre-tax money kept after `months` months from `amount` more sign-on or RSU grant."""
    if kind == "sign_on":
        if months <= 0:
            return 0.0
        return float(amount - (amount * (12 - months) / 12 if months < 12 else 0.0))
    if kind == "rsu":
        growth, value = 1.0, 0.0
        for year, fraction in enumerate(schedule, start=1):
            growth *= 1 + returns[year - 1]
            if 12 * year <= months:
                value += amount * fraction * growth
        return float(value)
    raise ValueError("kind should be 'sign_on' or 'rsu'")
''',
        # the clawback ignored: every half counted in full as soon as it is paid
        '''def extra_value(kind, amount, months, returns, schedule=(0.05, 0.15, 0.40, 0.40)):
    """Extra pre-tax money kept after `months` months from `amount` more sign-on or RSU grant."""
    if kind == "sign_on":
        return float(amount / 2 * (months > 0) + amount / 2 * (months > 12))
    if kind == "rsu":
        growth, value = 1.0, 0.0
        for year, fraction in enumerate(schedule, start=1):
            growth *= 1 + returns[year - 1]
            if 12 * year <= months:
                value += amount * fraction * growth
        return float(value)
    raise ValueError("kind should be 'sign_on' or 'rsu'")
''',
        # the extra grant vested evenly, a quarter a year, instead of on the schedule
        '''def extra_value(kind, amount, months, returns, schedule=(0.05, 0.15, 0.40, 0.40)):
    """Extra pre-tax money kept after `months` months from `amount` more sign-on or RSU grant."""
    if kind == "sign_on":
        kept = 0.0
        for year in (1, 2):
            if months > 12 * (year - 1):
                kept += amount / 2
                if months < 12 * year:
                    kept -= amount / 2 * (12 * year - months) / 12
        return float(kept)
    if kind == "rsu":
        growth, value = 1.0, 0.0
        for year in range(1, 5):
            growth *= 1 + returns[year - 1]
            if 12 * year <= months:
                value += amount / 4 * growth
        return float(value)
    raise ValueError("kind should be 'sign_on' or 'rsu'")
''',
    ],
    "walkaway_curves": [
        # the yearly running totals joined by straight lines: no cliff, no steps, no clawback
        '''def walkaway_curves(offers, scenarios):
    """Rows (offer, scenario, month 0..48, net): pre-tax money kept when leaving after that month."""
    rows = []
    for offer_name, offer in offers.items():
        shares = offer["grant_value"] / offer["grant_price"]
        for scenario_name, returns in scenarios.items():
            price, running = offer["grant_price"], [0.0]
            for year in range(1, 5):
                price *= 1 + returns[year - 1]
                base = offer["base"] * (1 + offer["raise"]) ** (year - 1)
                running.append(running[-1] + base * (1 + offer["bonus_rate"]) + offer["sign_on"][year - 1]
                               + shares * offer["schedule"][year - 1] * price)
            curve = np.interp(np.arange(49), [0, 12, 24, 36, 48], running)
            for month in range(49):
                rows.append({"offer": offer_name, "scenario": scenario_name, "month": month, "net": float(curve[month])})
    return pd.DataFrame(rows)
''',
        # month by month, but the clawback forgotten: a sign-on instalment counts in full from its first day
        '''def walkaway_curves(offers, scenarios):
    """Rows (offer, scenario, month 0..48, net): pre-tax money kept when leaving after that month."""
    rows = []
    for offer_name, offer in offers.items():
        shares = offer["grant_value"] / offer["grant_price"]
        for scenario_name, returns in scenarios.items():
            price, net = offer["grant_price"], 0.0
            rows.append({"offer": offer_name, "scenario": scenario_name, "month": 0, "net": 0.0})
            for month in range(1, 49):
                year = (month - 1) // 12 + 1
                base = offer["base"] * (1 + offer["raise"]) ** (year - 1)
                if month % 12 == 1:
                    net += offer["sign_on"][year - 1]
                net += base / 12
                if month % 12 == 0:
                    price *= 1 + returns[year - 1]
                    net += offer["bonus_rate"] * base + shares * offer["schedule"][year - 1] * price
                rows.append({"offer": offer_name, "scenario": scenario_name, "month": month, "net": net})
    return pd.DataFrame(rows)
''',
    ],
    "negotiation_plan": [
        # opens with the base salary, the lever with the least room, and argues it without numbers
        '''negotiation_plan = {
    "first_ask": "base_salary",
    "ask_amount": 30000.0,
    "second_ask": "sign_on",
    "numbers": {
        "year1_gap_flat": 57000.0,
        "cumulative_gap_year2_flat": 66940.0,
        "four_year_gap_flat": 16389.0,
        "break_even_growth": 0.0341,
        "walkaway_gap_18m_flat": 49200.0,
        "extra_sign_on_18m": 22500.0,
        "extra_rsu_18m_flat": 1500.0,
        "extra_rsu_48m_growth_10": 40636.0,
    },
    "why": "A higher base is the best thing to ask for because it is paid every month, it grows with every raise, "
           "and it keeps paying after the sign-on and the grant are gone, so it is worth more than any one-off.",
    "risks": "If the stock falls the grant is worth less, and if I leave early I lose the shares that have not vested "
             "yet, so the base is the safest part of the offer to push on first.",
}
''',
        # sensible asks, but the gaps come out as company minus rival, the two-year gap is year 2 alone,
        # and the break-even growth is written in percent
        '''negotiation_plan = {
    "first_ask": "sign_on",
    "ask_amount": 40000.0,
    "second_ask": "rsu_grant",
    "numbers": {
        "year1_gap_flat": -57000.0,
        "cumulative_gap_year2_flat": 9940.0,
        "four_year_gap_flat": -16389.0,
        "break_even_growth": 3.41,
        "walkaway_gap_18m_flat": 49200.0,
        "extra_sign_on_18m": 30000.0,
        "extra_rsu_18m_flat": 1500.0,
        "extra_rsu_48m_growth_10": 40636.0,
    },
    "why": "The rival pays about 57,000 dollars more in year 1 and stays ahead over four years with a flat stock; the "
           "company only wins if its stock grows by more than 3.4% a year. Extra sign-on closes the early gap and is "
           "certain, while 30,000 dollars of extra stock is worth only 1,500 after 18 months, so I ask for sign-on.",
    "risks": "Leaving after 18 months would mean repaying part of the year-2 sign-on under the clawback, and nothing "
             "vests before the first anniversary; the back-loaded grant is a bet that I stay and the stock grows.",
}
''',
    ],
}
