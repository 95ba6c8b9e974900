"""Plausible wrong answers for week07/star_story_bank: each must lose points.

A story bank is thousands of words long, so the wrong banks are not written out by hand: each
one is the notebook's own model bank (read from the authoring file) with one typical weakness
applied to every story, then written back as a complete ``STORIES = [...]`` cell.
"""

import copy
import pprint
import re
from pathlib import Path

_AUTHORING = Path(__file__).resolve().parents[3] / "curriculum" / "week07" / "star_story_bank.py"


def _model_bank() -> list[dict]:
    text = _AUTHORING.read_text(encoding="utf-8")
    start = text.index("### BEGIN SOLUTION\nSTORIES = [")
    namespace: dict = {}
    solution = text[start : text.index("### END SOLUTION", start)]
    exec(solution, namespace)  # noqa: S102 (the course's own authoring file)
    return namespace["STORIES"]


def _cell(stories: list[dict]) -> str:
    return "STORIES = " + pprint.pformat(stories, width=100, sort_dicts=False) + "\n"


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+", text.strip())


def _bank(change) -> str:
    stories = copy.deepcopy(_model_bank())
    for index, story in enumerate(stories):
        change(index, story)
    return _cell(stories)


def _vague_results(index, story):
    # "it went well": every sentence with a figure replaced by a feeling
    kept = [s for s in _sentences(story["result"]) if not re.search(r"\d", s)]
    story["result"] = ("The project was a clear success, the stakeholders were very happy with "
                       "the outcome, and the approach was adopted more widely. " + " ".join(kept))


_PLURAL = [
    (r"\bI'm\b", "we're"), (r"\bI've\b", "we've"), (r"\bI'd\b", "we'd"), (r"\bI'll\b", "we'll"),
    (r"\bI\b", "we"), (r"\bme\b", "us"), (r"\bmy\b", "our"), (r"\bMy\b", "Our"),
    (r"\bmine\b", "ours"), (r"\bmyself\b", "ourselves"), (r"\bwe was\b", "we were"),
    (r"\bwe am\b", "we are"), (r"(^|[.!?]\s+)we\b", r"\1We"),
]


def _team_voice(index, story):
    # the team story: every "I" became "we"
    for part in ("situation", "task", "action", "result"):
        text = story[part]
        for pattern, plural in _PLURAL:
            text = re.sub(pattern, plural, text)
        story[part] = text


_POPULAR = ["Customer Obsession", "Ownership", "Deliver Results", "Bias for Action"]


def _four_principles(index, story):
    # every story squeezed into the four principles the candidate remembered
    story["principles"] = [_POPULAR[index % 4], _POPULAR[(index + 1) % 4]]


_TECH_DUMP = (
    " On the technical side, I also want to walk through everything I tried. I compared logistic "
    "regression, random forests and gradient boosting, and I tuned the learning rate, the depth "
    "and the number of trees with a grid search over five folds, logging every run in a "
    "spreadsheet. I rewrote the feature SQL into smaller views, added documentation for each "
    "table, wrote unit tests for the data loaders, set up a scheduled job and reviewed the "
    "logging format with the platform team. I built a dashboard so that everyone could follow "
    "the metrics by day, by week and by segment, and I presented intermediate results at three "
    "team meetings and one all-hands, collecting comments and updating the charts each time. I "
    "checked every number against an older analysis from the year before, reconciled the small "
    "differences one by one, and wrote a long appendix describing each parameter and each table, "
    "in case anyone wanted to reproduce the work later. I also looked at a second modelling "
    "approach based on time-series features, which took another two weeks, and although it did "
    "not change the conclusion, I documented it in the same level of detail, along with the "
    "computing costs, the runtimes and the versions of every library that I used."
)


def _far_too_long(index, story):
    # the five-minute epic: the whole project log read out loud
    story["action"] += _TECH_DUMP


_MISSPELT = {
    "Customer Obsession": "Customer Obsessed",
    "Invent and Simplify": "Invent & Simplify",
    "Are Right, A Lot": "Be Right A Lot",
    "Learn and Be Curious": "Learn & Be Curious",
    "Hire and Develop the Best": "Hire and Develop Talent",
    "Insist on the Highest Standards": "Highest Standards",
    "Think Big": "Think Bigger",
    "Bias for Action": "Bias Towards Action",
    "Earn Trust": "Earns Trust",
    "Dive Deep": "Deep Dive",
    "Have Backbone; Disagree and Commit": "Disagree and Commit",
    "Deliver Results": "Deliver Result",
    "Strive to be Earth's Best Employer": "Earth's Best Employer",
    "Success and Scale Bring Broad Responsibility": "Broad Responsibility",
}


def _misspelt_principles(index, story):
    # principle names from memory: close, but not the real names
    story["principles"] = [_MISSPELT.get(name, name) for name in story["principles"]]


_QUESTIONS = {
    "why_company": "Why do you want to work here?",
    "incomplete_data": "Tell me about a decision you made with incomplete data",
    "disagree_manager": "Tell me about a time you disagreed with your manager",
    "ownership": "Tell me about a project you owned",
    "strengths_weaknesses": "What are your strengths and weaknesses?",
    "non_technical": "How do you explain results to non-technical people?",
}


def _questions_not_keys(index, story):
    # the prompts written out as questions instead of the fixed keys
    story["prompts"] = [_QUESTIONS.get(key, key.replace("_", " ")) for key in story["prompts"]]


_BACKGROUND = (
    "Some background first: the company had grown quickly, the data team had been reorganised "
    "twice in two years, several systems had been migrated to a new warehouse, and every "
    "department had its own definitions and its own dashboards, which is important to "
    "understand the rest of the story. "
)


def _long_backstory(index, story):
    # two minutes of context, thirty seconds of action
    first_half = _sentences(story["action"])[:3]
    story["situation"] = _BACKGROUND + story["situation"]
    story["action"] = " ".join(first_half)


def _tag_stuffing(index, story):
    # every story claims every principle, to be safe
    story["principles"] = list(_model_principles())


def _model_principles() -> list[str]:
    seen = []
    for story in _model_bank():
        for name in story["principles"]:
            if name not in seen:
                seen.append(name)
    return seen


def _years_not_figures(index, story):
    # dates and labels where the outcome should be: Q3 and 2023 say when, not how much
    kept = [s for s in _sentences(story["result"]) if not re.search(r"\d", s)]
    story["result"] = ("The change went live in Q3 2022 and was still the default in 2024, "
                       "well ahead of the H2 plan. " + " ".join(kept))


def _missing_classics(index, story):
    # no story ready for the questions asked in almost every loop
    story["prompts"] = [key for key in story["prompts"]
                        if key not in ("why_company", "disagree_manager", "strengths_weaknesses")]


def _principles_as_text(index, story):
    # the tags typed as one comma-separated string instead of a list
    story["principles"] = ", ".join(story["principles"])


_RARE = ["Think Big", "Frugality", "Hire and Develop the Best", "Dive Deep", "Earn Trust",
         "Have Backbone; Disagree and Commit", "Strive to be Earth's Best Employer"]
_USUAL = ["Customer Obsession", "Ownership", "Deliver Results", "Bias for Action",
          "Learn and Be Curious", "Insist on the Highest Standards"]


def _one_story_principles(index, story):
    # 13 principles covered, but seven of them by a single story each
    extra = [_RARE[index]] if index < len(_RARE) else []
    story["principles"] = extra + [_USUAL[index % len(_USUAL)]]


def _ten_stories() -> str:
    # only ten stories: the bank runs out before the interviews do
    return _cell(copy.deepcopy(_model_bank()[:10]))


def _padded_with_repeats() -> str:
    # nine experiences, each told twice under a new title to reach the count
    stories = copy.deepcopy(_model_bank()[:9])
    for story in copy.deepcopy(stories):
        story["title"] = "Another angle: " + story["title"].lower()
        stories.append(story)
    return _cell(stories)


def _one_story_per_prompt() -> str:
    # a single story tagged with every common prompt, and nothing else tagged
    stories = copy.deepcopy(_model_bank())
    for story in stories:
        story["prompts"] = []
    stories[0]["prompts"] = list(_QUESTIONS)
    return _cell(stories)


WRONG_ANSWERS = {
    "story_bank": [
        _bank(_vague_results),
        _bank(_team_voice),
        _bank(_four_principles),
        _ten_stories(),
        _bank(_far_too_long),
        _bank(_misspelt_principles),
        _bank(_questions_not_keys),
        _bank(_long_backstory),
        _bank(_tag_stuffing),
        _bank(_years_not_figures),
        _padded_with_repeats(),
        _bank(_missing_classics),
        _bank(_principles_as_text),
        _bank(_one_story_principles),
        _one_story_per_prompt(),
    ],
    "speaking_time": [
        # split(" ") counts the empty strings between double spaces and glues words across lines
        '''def speaking_time(text, wpm=140):
    if wpm <= 0:
        raise ValueError("wpm must be positive")
    return len(text.split(" ")) * 60 / wpm
''',
        # counts every token, so a lone dash or bullet is a word
        '''def speaking_time(text, wpm=140):
    if wpm <= 0:
        raise ValueError("wpm must be positive")
    return len(text.split()) * 60 / wpm
''',
        # words / wpm is minutes, not seconds
        '''def speaking_time(text, wpm=140):
    if wpm <= 0:
        raise ValueError("wpm must be positive")
    words = [t for t in text.split() if any(c.isalnum() for c in t)]
    return len(words) / wpm
''',
        # \\w+ splits "I'm", "A/B" and "re-ran" into two words each
        '''import re


def speaking_time(text, wpm=140):
    if wpm <= 0:
        raise ValueError("wpm must be positive")
    return len(re.findall(r"\\w+", text)) * 60 / wpm
''',
        # no check on wpm: 0 raises ZeroDivisionError and a negative rate gives negative seconds
        '''def speaking_time(text, wpm=140):
    words = [t for t in text.split() if any(c.isalnum() for c in t)]
    return len(words) * 60 / wpm
''',
        # rounds to whole seconds, which the question did not ask for
        '''def speaking_time(text, wpm=140):
    if wpm <= 0:
        raise ValueError("wpm must be positive")
    words = [t for t in text.split() if any(c.isalnum() for c in t)]
    return round(len(words) * 60 / wpm)
''',
        # reuses the check cell's counter instead of writing the count
        '''def speaking_time(text, wpm=140):
    if wpm <= 0:
        raise ValueError("wpm must be positive")
    return count_words(text) * 60 / wpm
''',
    ],
}
