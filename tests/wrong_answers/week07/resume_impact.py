"""Plausible wrong answers for week07/resume_impact: each must lose points."""

# Strong rewrites, shared by several wrong answers below that break one rule each.
_GOOD = {
    "w1": "Built 6 self-serve dashboards for the 40-person marketing team, cutting ad-hoc data "
          "requests by 65% and saving analysts 10 hours a week.",
    "w2": "Rebuilt the weekly demand forecast for 900 grocery SKUs, cutting forecast error by 12% "
          "and holding $1.1M less safety stock a year.",
    "w3": "Analyzed 11 A/B tests on the checkout page across 2 markets, shipping 3 winners that "
          "lifted conversion by 1.8%.",
    "w4": "Modeled churn for 1.5M subscribers with survival analysis, and the retention offers "
          "it targeted cut monthly cancellations by 8%.",
    "w5": "Automated data-quality checks on 200 warehouse tables, catching 90% of broken loads "
          "before they reached the finance team.",
    "w6": "Launched a homepage recommender trained on 20M browsing sessions, raising "
          "click-through by 0.6 points and adding $500K a quarter.",
    "w7": "Automated 7 weekly finance reports in Python, saving the finance team 15 hours a "
          "week and removing 2 recurring errors.",
    "w8": "Developed a fraud model scoring 4M card transactions a day, blocking $2.4M of "
          "fraudulent orders a year.",
    "w9": "Optimized markdown pricing for 6,000 apparel products, raising gross margin by 2.5% "
          "($4M a year) at flat unit sales.",
    "w10": "Improved search ranking with a learning-to-rank model on 90M queries, lifting "
           "search conversion by 5% for 3M shoppers.",
}


def _rewrites(bullets):
    lines = ["REWRITES = {"]
    for key, text in bullets.items():
        lines.append(f"    {key!r}: {text!r},")
    lines.append("}")
    return "\n".join(lines) + "\n"


_PLAN_HEAD = '''resume_plan = {
    "target_role": "Data Scientist, Supply Chain Forecasting",
    "role_keywords": ["forecast", "inventory", "A/B", "Python", "SQL"],
'''

WRONG_ANSWERS = {
    "impact_or_activity": [
        # "has a number, so it is impact": big counts, years and durations all pass as results
        '''IMPACT_OR_ACTIVITY = {
    key: "impact" if re.search(r"[0-9]", text) else "activity"
    for key, text in CLASSIFY_BULLETS.items()
}
''',
        # only a percent sign or a dollar amount counts: misses time saved and user growth
        '''IMPACT_OR_ACTIVITY = {
    key: "impact" if ("%" in text or "$" in text) else "activity"
    for key, text in CLASSIFY_BULLETS.items()
}
''',
        # trusts the outcome-figure check: a project's duration and "3 years of data" become impact,
        # and growth stated in counts ("from 50 to 400 analysts") is missed
        '''IMPACT_OR_ACTIVITY = {
    key: "impact" if outcome_figures(text) else "activity"
    for key, text in CLASSIFY_BULLETS.items()
}
''',
    ],
    "rewrites": [
        # quantified and scoped, but every bullet still opens with "Responsible for"
        _rewrites({key: "Responsible for " + text[0].lower() + text[1:]
                   for key, text in _GOOD.items()}),
        # strong verbs and a team, but no numbers at all: "significantly" is not a figure
        _rewrites({
            "w1": "Built self-serve dashboards for the marketing team, significantly cutting "
                  "ad-hoc data requests.",
            "w2": "Rebuilt the weekly demand forecast for the grocery team, greatly reducing "
                  "forecast error.",
            "w3": "Analyzed A/B tests on the checkout page for the payments team, shipping the "
                  "winners.",
            "w4": "Modeled customer churn for the retention team, informing better retention "
                  "offers.",
            "w5": "Automated data-quality checks on the warehouse for the data platform team.",
            "w6": "Launched a homepage recommender for the personalization team, raising "
                  "click-through.",
            "w7": "Automated weekly finance reports for the finance team, saving many hours.",
            "w8": "Developed a fraud model for the payments risk team, blocking fraudulent orders.",
            "w9": "Optimized markdown pricing for the apparel business unit, raising gross margin.",
            "w10": "Improved search ranking for the search team, lifting search conversion "
                   "noticeably.",
        }),
        # the only digits are dates: years and quarters say when, not what changed
        _rewrites({
            "w1": "Built self-serve dashboards for the marketing team in 2021, adopted by the "
                  "team in Q3 2022.",
            "w2": "Rebuilt the weekly demand forecast for the grocery team in 2020, live since Q1 "
                  "2021.",
            "w3": "Analyzed A/B tests on the checkout page for the payments team from 2019 to "
                  "2021.",
            "w4": "Modeled customer churn for the retention team in 2022, with offers launched in "
                  "Q4 2022.",
            "w5": "Automated data-quality checks on the warehouse for the platform team in 2021.",
            "w6": "Launched a homepage recommender for the personalization team in Q2 2023.",
            "w7": "Automated weekly finance reports for the finance team during 2020 and 2021.",
            "w8": "Developed a fraud model for the payments risk team, deployed in 2022.",
            "w9": "Optimized markdown pricing for the apparel business unit for the 2021 holiday "
                  "season.",
            "w10": "Improved search ranking for the search team in 2023, with a v2 release in Q4.",
        }),
        # every rule met except length: each bullet runs on with tools and backstory
        _rewrites({key: text[:-1] + ", working closely with product managers, engineers and "
                   "finance partners over several months using SQL, Python, Spark and Tableau."
                   for key, text in _GOOD.items()}),
        # good bullets under the wrong ids (shifted by one), so each drifts off its topic
        _rewrites({key: _GOOD[f"w{(int(key[1:]) % 10) + 1}"] for key in _GOOD}),
        # scale only: big counts of the work done, no outcome
        _rewrites({
            "w1": "Built 14 self-serve dashboards for the 40-person marketing team covering 300 "
                  "metrics.",
            "w2": "Rebuilt the weekly demand forecast for 1,200 grocery SKUs across 80 stores.",
            "w3": "Analyzed 30 A/B tests on the checkout page across 5 markets and 2M sessions.",
            "w4": "Modeled churn for 2M subscribers across 12 countries with survival analysis.",
            "w5": "Automated data-quality checks on 350 warehouse tables and 900 pipelines.",
            "w6": "Launched a homepage recommender trained on 40M+ user-item interactions for 3M "
                  "users.",
            "w7": "Automated 9 weekly finance reports for 25 stakeholders in the finance team.",
            "w8": "Developed a fraud model scoring 5M card transactions for 200 merchants.",
            "w9": "Optimized markdown pricing for 8,000 apparel products in 40 stores.",
            "w10": "Improved search ranking with a model trained on 120M queries from 9M users.",
        }),
        # passive voice: the work "was done", and the opener is no longer a verb
        _rewrites({key: "The " + text[0].lower() + text[1:].replace(
            " for ", " was delivered for ", 1) for key, text in _GOOD.items()}),
    ],
    "extract_metrics": [
        # ignores the k/M/B suffixes: "$1.2M" comes out as 1.2
        '''def extract_metrics(bullet):
    metrics = []
    for token in bullet_tokens(bullet):
        match = re.fullmatch(
            r"~?(\\$)?([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\\.[0-9]+)?(k|K|M|B|bn|%|x|X)?\\+?", token)
        if not match or (match.group(1) and match.group(4) in ("%", "x", "X")):
            continue
        if re.fullmatch(r"(?:19|20)[0-9]{2}", token):
            continue
        value = float((match.group(2) + (match.group(3) or "")).replace(",", ""))
        suffix = match.group(4) or ""
        unit = ("$" if match.group(1) else "%" if suffix == "%"
                else "x" if suffix in ("x", "X") else "")
        metrics.append((value, unit))
    return metrics
''',
        # treats every year as a metric ("in 2021" gives 2021.0)
        '''def extract_metrics(bullet):
    scale = {"k": 1e3, "K": 1e3, "M": 1e6, "B": 1e9, "bn": 1e9}
    tokens = bullet_tokens(bullet)
    metrics = []
    for i, token in enumerate(tokens):
        match = re.fullmatch(
            r"~?(\\$)?((?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?)(k|K|M|B|bn|%|x|X)?\\+?",
            token)
        if not match or (match.group(1) and match.group(3) in ("%", "x", "X")):
            continue
        suffix = match.group(3) or ""
        value = float(match.group(2).replace(",", "")) * scale.get(suffix, 1.0)
        after = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        unit = ("$" if match.group(1) else "%" if suffix == "%"
                else "x" if suffix in ("x", "X") else "")
        if not suffix and after in SCALE_WORDS:
            value *= SCALE_WORDS[after]
        elif not suffix and not match.group(1) and after == "percent":
            unit = "%"
        metrics.append((value, unit))
    return metrics
''',
        # a quick regular-expression search: splits "2,000,000" at the commas,
        # and reads Q3 and v2.1 as figures
        '''def extract_metrics(bullet):
    scale = {"k": 1e3, "K": 1e3, "M": 1e6, "B": 1e9}
    metrics = []
    for money, number, suffix in re.findall(r"(\\$?)(\\d+(?:\\.\\d+)?)([kKMB%xX]?)", bullet):
        value = float(number)
        if re.fullmatch(r"(?:19|20)\\d\\d", number) and not money and not suffix:
            continue
        unit = "$" if money else "%" if suffix == "%" else "x" if suffix in "xX" and suffix else ""
        metrics.append((value * scale.get(suffix, 1.0), unit))
    return metrics
''',
        # percentages as fractions (35% -> 0.35),
        # and the word multipliers ignored ("$2 million" -> 2)
        '''def extract_metrics(bullet):
    scale = {"k": 1e3, "K": 1e3, "M": 1e6, "B": 1e9, "bn": 1e9}
    metrics = []
    for token in bullet_tokens(bullet):
        match = re.fullmatch(
            r"~?(\\$)?((?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?)(k|K|M|B|bn|%|x|X)?\\+?",
            token)
        if not match or (match.group(1) and match.group(3) in ("%", "x", "X")):
            continue
        if re.fullmatch(r"(?:19|20)[0-9]{2}", token):
            continue
        suffix = match.group(3) or ""
        value = float(match.group(2).replace(",", ""))
        if suffix == "%":
            metrics.append((value / 100, "%"))
        elif suffix in ("x", "X"):
            metrics.append((value, "x"))
        else:
            metrics.append((value * scale.get(suffix, 1.0), "$" if match.group(1) else ""))
    return metrics
''',
    ],
    "impact_score": [
        # no caps: six percentages earn twelve points
        '''def impact_score(bullet):
    outcomes = len(outcome_figures(bullet))
    counts = len(figures(bullet)) - outcomes
    score = 3 * starts_with_action_verb(bullet) - 3 * (weak_opener(bullet) is not None)
    score += 2 * outcomes + counts
    score += 2 * has_scope(bullet) - 2 * bool(passive_markers(bullet))
    score -= len(buzzwords_without_evidence(bullet))
    score -= 2 * (not MIN_WORDS <= word_count(bullet) <= MAX_WORDS)
    return int(score)
''',
        # every figure counted as an outcome: scale is rewarded like a result
        '''def impact_score(bullet):
    score = 3 * starts_with_action_verb(bullet) - 3 * (weak_opener(bullet) is not None)
    score += 2 * min(len(figures(bullet)), 3)
    score += 2 * has_scope(bullet) - 2 * bool(passive_markers(bullet))
    score -= len(buzzwords_without_evidence(bullet))
    score -= 2 * (not MIN_WORDS <= word_count(bullet) <= MAX_WORDS)
    return int(score)
''',
        # one point off per passive construction, and the length penalty forgotten
        '''def impact_score(bullet):
    outcomes = len(outcome_figures(bullet))
    counts = len(figures(bullet)) - outcomes
    score = 3 * starts_with_action_verb(bullet) - 3 * (weak_opener(bullet) is not None)
    score += 2 * min(outcomes, 3) + min(counts, 2)
    score += 2 * has_scope(bullet) - 2 * len(passive_markers(bullet))
    score -= len(buzzwords_without_evidence(bullet))
    return int(score)
''',
    ],
    "rank_bullets": [
        # ties broken by the text instead of the input order
        '''def rank_bullets(bullets, score=None):
    score = impact_score if score is None else score
    ordered = sorted(bullets, key=lambda bullet: (score(bullet), bullet), reverse=True)
    ranked = []
    for place, bullet in enumerate(ordered, start=1):
        value = score(bullet)
        rank = ranked[-1][0] if ranked and ranked[-1][1] == value else place
        ranked.append((rank, value, bullet))
    return ranked
''',
        # dense ranking: 1, 2, 2, 3 instead of 1, 2, 2, 4
        '''def rank_bullets(bullets, score=None):
    score = impact_score if score is None else score
    ordered = sorted(bullets, key=score, reverse=True)
    ranked = []
    for bullet in ordered:
        value = score(bullet)
        if not ranked:
            rank = 1
        elif ranked[-1][1] == value:
            rank = ranked[-1][0]
        else:
            rank = ranked[-1][0] + 1
        ranked.append((rank, value, bullet))
    return ranked
''',
        # sorts the caller's list in place, and numbers the places without shared ranks
        '''def rank_bullets(bullets, score=None):
    score = impact_score if score is None else score
    bullets.sort(key=score, reverse=True)
    return [(place, score(bullet), bullet) for place, bullet in enumerate(bullets, start=1)]
''',
        # the default score bound when the function is defined, not looked up when it runs;
        # and the lowest score first
        '''def rank_bullets(bullets, score=None, _default=impact_score):
    score = _default if score is None else score
    ordered = sorted(bullets, key=score)
    ranked = []
    for place, bullet in enumerate(ordered, start=1):
        value = score(bullet)
        rank = ranked[-1][0] if ranked and ranked[-1][1] == value else place
        ranked.append((rank, value, bullet))
    return ranked
''',
    ],
    "resume_plan": [
        # the third achievement is a duty with no figure, and its "metric" has no number
        _PLAN_HEAD + '''    "achievements": [
        {
            "bullet": "Rebuilt the replenishment forecast for 3,400 pharmacy SKUs in Python, "
                      "cutting forecast error by 11% and freeing $2.6M of inventory a year.",
            "metric": "weighted forecast error down 11%",
            "principles": ["Dive Deep", "Deliver Results"],
        },
        {
            "bullet": "Ran 8 A/B tests of reorder rules across 5 regions, shipping 2 that cut "
                      "stock-outs by 17% at no extra inventory cost.",
            "metric": "stock-out rate down 17%",
            "principles": ["Bias for Action", "Customer Obsession"],
        },
        {
            "bullet": "Responsible for the inventory planning tool used by the category managers.",
            "metric": "better planning",
            "principles": ["Ownership"],
        },
    ],
}
''',
        # principle tags stuffed and invented, metrics without the bullets' figures
        _PLAN_HEAD + '''    "achievements": [
        {
            "bullet": "Rebuilt the replenishment forecast for 3,400 pharmacy SKUs in Python, "
                      "cutting forecast error by 11% and freeing $2.6M of inventory a year.",
            "metric": "forecast accuracy",
            "principles": ["Dive Deep", "Deliver Results", "Data-Driven", "Customer Obsessed"],
        },
        {
            "bullet": "Ran 8 A/B tests of reorder rules across 5 regions, shipping 2 that cut "
                      "stock-outs by 17% at no extra inventory cost.",
            "metric": "fewer stock-outs",
            "principles": ["Deliver Results"],
        },
        {
            "bullet": "Persuaded 6 category managers to replace spreadsheet ordering with a "
                      "forecast-driven tool, cutting weekly planning from 2 days to 3 hours.",
            "metric": "faster planning",
            "principles": ["Deliver Results"],
        },
    ],
}
''',
        # the keywords of the posting listed, but none of them shows up in the bullets
        '''resume_plan = {
    "target_role": "Data Scientist, Ads Measurement",
    "role_keywords": ["causal inference", "incrementality", "Spark", "advertisers"],
    "achievements": [
        {
            "bullet": "Rebuilt the replenishment forecast for 3,400 pharmacy SKUs in Python, "
                      "cutting forecast error by 11% and freeing $2.6M of inventory a year.",
            "metric": "forecast error down 11%",
            "principles": ["Dive Deep", "Deliver Results"],
        },
        {
            "bullet": "Ran 8 A/B tests of reorder rules across 5 regions, shipping 2 that cut "
                      "stock-outs by 17% at no extra inventory cost.",
            "metric": "stock-out rate down 17%",
            "principles": ["Bias for Action", "Customer Obsession"],
        },
        {
            "bullet": "Persuaded 6 category managers to replace spreadsheet ordering with a "
                      "forecast-driven tool, cutting weekly planning from 2 days to 3 hours.",
            "metric": "weekly planning from 2 days to 3 hours",
            "principles": ["Earn Trust", "Invent and Simplify"],
        },
    ],
}
''',
    ],
}
